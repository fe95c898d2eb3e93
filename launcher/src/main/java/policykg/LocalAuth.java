package policykg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * The local Neo4j's password: read from the owner-only password file that policy-kg keeps in the data folder.
 *
 * Before the DBMS starts, the password is written (hashed) to Neo4j's initial-user file, which Neo4j applies while
 * the system database starts, before Bolt listens: on a new store, and on a store whose only user still has the
 * default password (a store that ran without authentication). After the start, {@link #enforce} makes the file
 * authoritative for a store whose password was set otherwise.
 */
final class LocalAuth {
    private static final String USER = "neo4j";

    private LocalAuth() {}

    /** Reads the password file: one line, not empty. */
    static String readPassword(Path passwordFile) throws IOException {
        String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password file " + passwordFile + " is empty");
        }
        return password;
    }

    /** Writes Neo4j's initial-user file (auth.ini) for user neo4j with this password; returns its path. */
    static Path writeInitialUser(Path home, String password) throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        Files.createDirectories(file.getParent());
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            if (fs.fileExists(file)) {
                fs.deleteFile(file);
            }
            FileUserRepository repository = new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            repository.start();
            SystemGraphCredential credential = SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
            repository.create(new User(USER, null, credential, false, false));
            repository.shutdown();
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /**
     * Sets user neo4j's password to the file's when the store holds another one (for example after the password file
     * was replaced). Returns true when it changed the password.
     */
    static boolean enforce(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        // The system database takes no MATCH; its user nodes are read through the core API.
        String stored;
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", USER);
            stored = user == null ? null : String.valueOf(user.getProperty("credentials", ""));
        }
        if (stored != null && matches(stored, password)) {
            return false;
        }
        system.executeTransactionally(
                "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        return true;
    }

    private static boolean matches(String serialized, String password) {
        try {
            return SystemGraphCredential.deserialize(serialized, new SecureHasher())
                    .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
        }
    }
}
