package policykg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;

/**
 * Starts an embedded Neo4j Community with Bolt on 127.0.0.1 for policy-kg, with authentication on (user neo4j, the
 * password from the owner-only password file), writes a pid file, and shuts the database down cleanly on SIGTERM/SIGINT.
 *
 * Usage: java -Xmx384m -cp ... policykg.Launcher --home DIR --port 7687 --pagecache 256m --password-file FILE
 *        [--tx-timeout-ms 60000] [--setting name=value]...
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of("./.data/neo4j");
        int port = 7687;
        long pageCache = 256L * 1024 * 1024;
        Duration txTimeout = Duration.ofSeconds(0);
        Path passwordFile = null;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--home" -> { home = Path.of(require(args[i], value)); i++; }
                case "--port" -> { port = Integer.parseInt(require(args[i], value)); i++; }
                case "--pagecache" -> { pageCache = parseBytes(require(args[i], value)); i++; }
                case "--password-file" -> { passwordFile = Path.of(require(args[i], value)); i++; }
                case "--tx-timeout-ms" -> { txTimeout = Duration.ofMillis(Long.parseLong(require(args[i], value))); i++; }
                case "--setting" -> { putSetting(settings, require(args[i], value)); i++; }
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (passwordFile == null) {
            throw new IllegalArgumentException("--password-file is required: the local Neo4j always runs with authentication");
        }
        home = home.toAbsolutePath();
        Files.createDirectories(home);
        Path pidFile = home.resolve("neo4j.pid");
        String password = LocalAuth.readPassword(passwordFile);
        Path initialUser = LocalAuth.writeInitialUser(home, password);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none");
        // Settings by name (src/local-neo4j/settings.ts), parsed and validated as neo4j.conf would be: an unknown name
        // or a bad value stops the start with Neo4j's own message.
        Config parsed = Config.newBuilder().setRaw(settings).build();
        for (String name : settings.keySet()) {
            Setting<Object> setting = parsed.getSetting(name);
            builder.setConfig(setting, parsed.get(setting));
        }
        if (!txTimeout.isZero()) {
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout);
        }
        DatabaseManagementService service = builder.build();
        try {
            Files.deleteIfExists(initialUser);
            if (LocalAuth.enforce(service, password)) {
                System.out.println("policy-kg neo4j: the password of user neo4j was set from " + passwordFile);
            }
        } catch (Exception e) {
            // Never keep running with a password other than the file's: stop, and let the CLI show this log.
            e.printStackTrace();
            service.shutdown();
            System.exit(1);
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("policy-kg neo4j: shutting down");
            try {
                service.shutdown();
            } finally {
                try {
                    Files.deleteIfExists(pidFile);
                } catch (IOException ignored) {
                    // The pid file is advisory; the CLI also checks whether the process is alive.
                }
                System.out.println("policy-kg neo4j: stopped");
                stopped.countDown();
            }
        }, "policy-kg-shutdown"));

        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
        System.out.println("policy-kg neo4j: bolt://127.0.0.1:" + port + " ready (home " + home + ")");
        stopped.await();
    }

    private static String require(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }

    private static void putSetting(Map<String, String> settings, String pair) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--setting needs name=value, got: " + pair);
        }
        settings.put(pair.substring(0, eq), pair.substring(eq + 1));
    }

    private static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        long unit = 1;
        if (t.endsWith("g")) { unit = 1024L * 1024 * 1024; t = t.substring(0, t.length() - 1); }
        else if (t.endsWith("m")) { unit = 1024L * 1024; t = t.substring(0, t.length() - 1); }
        else if (t.endsWith("k")) { unit = 1024L; t = t.substring(0, t.length() - 1); }
        return Long.parseLong(t) * unit;
    }
}
