/**
 * The local Neo4j: an embedded Neo4j Community started from launcher/ with Bolt on 127.0.0.1 and authentication on
 * (a random password generated on first start, kept owner-only in the data folder), data under the git-ignored data
 * folder, a pid file and a log file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config.js';
import { LocalNeo4jError } from '../errors.js';
import { ensureLauncherBuilt, launcherPaths } from './build.js';
import { ensurePasswordFile, passwordFileOf } from './password.js';
import { boltAnswers, isAlive, portInUse } from './probe.js';
import { settingArguments } from './settings.js';
import { requireTool } from './tools.js';

/** What `status` reports. */
export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | null;
  uri: string;
  home: string;
  logFile: string;
  passwordFile: string;
  storeBytes: number;
}

/** The outcome of `start`: whether this call started Neo4j or found it running. */
export interface StartResult {
  started: boolean;
  pid: number;
  uri: string;
  version: string;
  logFile: string;
  seconds: number;
}

type LocalConfig = Config['localNeo4j'];

function files(local: LocalConfig): { pidFile: string; logFile: string; buildLog: string } {
  return {
    pidFile: path.join(local.home, 'neo4j.pid'),
    logFile: path.join(local.home, 'launcher.log'),
    buildLog: path.join(local.home, 'build.log'),
  };
}

function uriOf(local: LocalConfig): string {
  return `bolt://127.0.0.1:${local.port}`;
}

function readPid(pidFile: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Bytes under `dir`. A running Neo4j creates and deletes temporary files (Lucene's `.tmp`
 * segments, transaction logs) while the walk runs: an entry that vanishes between listing and
 * stat counts as 0 bytes instead of failing `status`. Any other error still surfaces.
 */
export function directorySize(dir: string): number {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (isVanished(error)) return 0;
    throw error;
  }
  let total = 0;
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += directorySize(full);
    else if (entry.isFile()) total += fileSize(full);
  }
  return total;
}

/** Size of a file, 0 when it no longer exists (deleted since its directory was listed). */
export function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch (error) {
    if (isVanished(error)) return 0;
    throw error;
  }
}

function isVanished(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function logTail(logFile: string, lines = 15): string {
  try {
    return fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log yet)';
  }
}

/** Reports whether the local Neo4j runs, its pid, URI and store size. */
export function localNeo4jStatus(local: LocalConfig): LocalNeo4jStatus {
  const { pidFile, logFile } = files(local);
  const pid = readPid(pidFile);
  return {
    running: pid !== null,
    pid,
    uri: uriOf(local),
    home: local.home,
    logFile,
    passwordFile: passwordFileOf(local.home),
    storeBytes: directorySize(path.join(local.home, 'data')),
  };
}

/**
 * Starts the local Neo4j in the background (building the launcher on first use) and waits until
 * a Bolt session answers. Idempotent: when it already runs, reports that instance.
 */
export async function startLocalNeo4j(local: LocalConfig, log: (line: string) => void = () => undefined): Promise<StartResult> {
  const began = Date.now();
  const { pidFile, logFile, buildLog } = files(local);
  const uri = uriOf(local);
  const { file: passwordFile, password } = ensurePasswordFile(local.home);
  const runningPid = readPid(pidFile);
  const bolt = { uri, password, passwordFile, logFile };
  if (runningPid !== null) {
    const version = await waitForBolt(bolt, runningPid, local.startTimeoutMs, false);
    return { started: false, pid: runningPid, uri, version, logFile, seconds: (Date.now() - began) / 1000 };
  }
  requireTool('java');
  if (await portInUse(local.port)) {
    throw new LocalNeo4jError(
      `Port ${local.port} on 127.0.0.1 is already taken by another program, so the local Neo4j cannot start. ` +
        `Stop that program, or choose another port with NEO4J_LOCAL_PORT (or use an existing Neo4j with NEO4J_URI).`,
    );
  }
  await ensureLauncherBuilt(local.launcherDir, buildLog, log);
  const { classpath } = launcherPaths(local.launcherDir);
  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      `-Xms${local.heap}`,
      `-Xmx${local.heap}`,
      ...local.javaOptions,
      '-cp',
      classpath,
      'policykg.Launcher',
      '--home',
      local.home,
      '--port',
      String(local.port),
      '--pagecache',
      local.pageCache,
      '--password-file',
      passwordFile,
      ...settingArguments(),
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  if (child.pid === undefined) throw new LocalNeo4jError(`Could not start java for the local Neo4j; see the log: ${logFile}`);
  fs.writeFileSync(pidFile, String(child.pid));
  child.unref();
  log(`Starting the local Neo4j (pid ${child.pid}, log ${logFile})…`);
  const version = await waitForBolt(bolt, child.pid, local.startTimeoutMs, true);
  return { started: true, pid: child.pid, uri, version, logFile, seconds: (Date.now() - began) / 1000 };
}

interface BoltTarget {
  uri: string;
  password: string;
  passwordFile: string;
  logFile: string;
}

/**
 * Waits until Bolt accepts the password and answers. A Neo4j this call just started may refuse the password for a
 * moment (Bolt opens before the launcher has applied a replaced password file); one already running will not change.
 */
async function waitForBolt({ uri, password, passwordFile, logFile }: BoltTarget, pid: number, timeoutMs: number, starting: boolean): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const probe = await boltAnswers(uri, password);
    if (probe && 'version' in probe) return probe.version;
    if (probe && !starting) {
      // The launcher sets the store's password from the file at start; a running instance started before the file
      // changed still has the old one.
      throw new LocalNeo4jError(
        `The local Neo4j on ${uri} (pid ${pid}) refused the password in ${passwordFile} (${probe.unauthorized}). ` +
          `If that file changed while Neo4j ran, restart it: "policy-kg neo4j stop", then "policy-kg neo4j start".`,
      );
    }
    if (!isAlive(pid)) {
      throw new LocalNeo4jError(`The local Neo4j exited while starting. Last lines of its log (${logFile}):\n${logTail(logFile)}`);
    }
    await sleep(500);
  }
  throw new LocalNeo4jError(
    `The local Neo4j (pid ${pid}) did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s. ` +
      `Check its log: ${logFile}; stop it with "policy-kg neo4j stop", or raise NEO4J_START_TIMEOUT_MS.`,
  );
}

/** Stops the local Neo4j with SIGTERM and waits for it to exit (SIGKILL after 60 s); returns the pid stopped, or null. */
export async function stopLocalNeo4j(local: LocalConfig): Promise<number | null> {
  const { pidFile } = files(local);
  const pid = readPid(pidFile);
  if (pid === null) {
    fs.rmSync(pidFile, { force: true });
    return null;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(100);
  fs.rmSync(pidFile, { force: true });
  return pid;
}
