/**
 * The local Neo4j runs with authentication: a random password generated on first start into an owner-only file in the
 * data folder, Bolt on loopback only, and a store made before authentication was on is upgraded.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { launcherPaths } from '../../src/local-neo4j/build.js';
import { projectRoot } from '../../src/project-root.js';
import { runCli } from '../helpers/cli.js';

// A Neo4j of this file's own, one port above the shared test database's, with its own data folder.
const port = String(loadConfig().localNeo4j.port + 1);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-auth-'));
const env = { NEO4J_URI: undefined, NEO4J_LOCAL_PORT: port, POLICY_KG_DATA_DIR: dataDir };
const config = loadConfig({ NEO4J_LOCAL_PORT: port, POLICY_KG_DATA_DIR: dataDir });
const home = config.localNeo4j.home;
const passwordFile = path.join(home, 'password');
const probeId = `probe-${Date.now().toString(36)}`;

afterAll(async () => {
  await runCli(['neo4j', 'stop'], env);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The error code Neo4j gives a login (null when the login works and RETURN 1 answers). */
async function loginError(user: string, password: string): Promise<string | null> {
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(user, password), { maxConnectionPoolSize: 1 });
  try {
    await driver.executeQuery('RETURN 1');
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await driver.close();
  }
}

/** The addresses Neo4j's Bolt port listens on, from /proc/net/tcp and tcp6 (state 0A = LISTEN). */
function listenAddresses(): string[] {
  const hex = Number(port).toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A')
      .map((cols) => cols[1].split(':')[0]),
  );
}

describe('the local Neo4j with authentication', () => {
  it('upgrades a store that ran without authentication, keeping its data', async () => {
    // Launcher's jars (the shared test database's start built them) run the fixture that makes an unauthenticated store.
    const fixture = path.join(projectRoot(), 'test/fixtures/neo4j/NoAuthStore.java');
    const made = spawnSync('java', ['-cp', path.join(launcherPaths(config.localNeo4j.launcherDir).lib, '*'), fixture, home, probeId], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(made.status, made.stderr).toBe(0);
    expect(fs.existsSync(passwordFile)).toBe(false);

    const start = await runCli(['neo4j', 'start'], env);
    expect(start.stderr).toBe('');
    expect(start.stdout).toMatch(/started on bolt:\/\/127\.0\.0\.1:/);

    expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
    expect(fs.statSync(home).mode & 0o777).toBe(0o700);
    const password = fs.readFileSync(passwordFile, 'utf8').trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Neo4j's initial-user file held only a hash, and is gone once Neo4j runs.
    expect(fs.existsSync(path.join(home, 'data/dbms/auth.ini'))).toBe(false);

    const driver = createDriver(config);
    try {
      const { records } = await driver.executeQuery('MATCH (p:UpgradeProbe {id: $id}) RETURN count(p) AS n', { id: probeId });
      expect(records[0].get('n')).toBe(1);
    } finally {
      await driver.close();
    }
  }, 300_000);

  it('refuses the default password, a wrong one and none', async () => {
    expect(await loginError('neo4j', 'neo4j')).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await loginError('neo4j', 'not-the-password')).toBe('Neo.ClientError.Security.Unauthorized');
    const anonymous = neo4j.driver(config.neo4j.uri, undefined, { maxConnectionPoolSize: 1 });
    await expect(anonymous.executeQuery('RETURN 1')).rejects.toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\.Security\./) });
    await anonymous.close();
  });

  it('listens on the loopback address only', () => {
    const loopback = ['0100007F', '0000000000000000FFFF00000100007F', '00000000000000000000000001000000'];
    const addresses = listenAddresses();
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(loopback).toContain(address);
  });

  it('keeps the password across restarts, and reports where it is', async () => {
    const before = fs.readFileSync(passwordFile, 'utf8');
    expect((await runCli(['neo4j', 'stop'], env)).code).toBe(0);
    const start = await runCli(['neo4j', 'start'], env);
    expect(start.code).toBe(0);
    expect(fs.readFileSync(passwordFile, 'utf8')).toBe(before);
    expect(await loginError('neo4j', before.trim())).toBeNull();
    const status = await runCli(['neo4j', 'status'], env);
    expect(status.stdout).toContain(`auth:   user neo4j, password in ${passwordFile} (owner-only)`);
  }, 300_000);

  it('takes a replaced password file as the password at the next start', async () => {
    const old = fs.readFileSync(passwordFile, 'utf8').trim();
    await runCli(['neo4j', 'stop'], env);
    fs.writeFileSync(passwordFile, 'a-new-password-set-by-hand\n', { mode: 0o600 });
    const start = await runCli(['neo4j', 'start'], env);
    expect(start.code, start.stderr).toBe(0);
    expect(await loginError('neo4j', 'a-new-password-set-by-hand')).toBeNull();
    expect(await loginError('neo4j', old)).toBe('Neo.ClientError.Security.Unauthorized');
  }, 300_000);

  it('refuses a password file that others can read, naming it and what to do', { timeout: 300_000 }, async () => {
    await runCli(['neo4j', 'stop'], env);
    fs.chmodSync(passwordFile, 0o644);
    try {
      const start = await runCli(['neo4j', 'start'], env);
      expect(start.code, start.stdout).toBe(1);
      expect(start.stderr).toContain(`${passwordFile}: the local Neo4j's password file is readable by others (mode 644)`);
      expect(start.stderr).toContain(`chmod 600 ${passwordFile}`);
    } finally {
      fs.chmodSync(passwordFile, 0o600);
    }
  });
});
