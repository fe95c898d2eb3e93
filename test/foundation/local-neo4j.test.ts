import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// A second local Neo4j on its own port and data folder, so the shared test database is untouched.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-neo4j-'));
const env = { NEO4J_URI: undefined, NEO4J_LOCAL_PORT: '7698', POLICY_KG_DATA_DIR: dataDir };

afterAll(async () => {
  await runCli(['neo4j', 'stop'], env);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('policy-kg neo4j start|stop|status', () => {
  it('reports stopped before anything started', async () => {
    const result = await runCli(['neo4j', 'status'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/status: stopped/);
    expect(result.stdout).toMatch(/bolt:\/\/127\.0\.0\.1:7698/);
  });

  it('starts Neo4j, and a second start reports the running instance', async () => {
    const first = await runCli(['neo4j', 'start'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/Neo4j\/5\.26\.\d+ started on bolt:\/\/127\.0\.0\.1:7698 \(pid (\d+)\)/);
    const pid = /pid (\d+)/.exec(first.stdout)?.[1];

    const second = await runCli(['neo4j', 'start'], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`already running on bolt://127.0.0.1:7698 (pid ${pid})`);

    const status = await runCli(['neo4j', 'status'], env);
    expect(status.stdout).toMatch(/status: running/);
    expect(status.stdout).toContain(`pid:    ${pid}`);
    expect(fs.readFileSync(path.join(dataDir, 'neo4j', 'neo4j.pid'), 'utf8')).toBe(pid);
  });

  it('stops Neo4j and waits until the process is gone', async () => {
    const pidText = fs.readFileSync(path.join(dataDir, 'neo4j', 'neo4j.pid'), 'utf8');
    const stop = await runCli(['neo4j', 'stop'], env);
    expect(stop.stdout).toContain(`Stopped the local Neo4j (pid ${pidText})`);
    expect(() => process.kill(Number(pidText), 0)).toThrow();
    expect(fs.existsSync(path.join(dataDir, 'neo4j', 'neo4j.pid'))).toBe(false);
    const status = await runCli(['neo4j', 'status'], env);
    expect(status.stdout).toMatch(/status: stopped/);
    const again = await runCli(['neo4j', 'stop'], env);
    expect(again.stdout).toMatch(/not running/);
  });

  it('refuses to start on a port another program holds, saying what to do', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(7699, '127.0.0.1', () => resolve()));
    try {
      const result = await runCli(['neo4j', 'start'], { ...env, NEO4J_LOCAL_PORT: '7699' });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/Port 7699 on 127\.0\.0\.1 is already taken.*NEO4J_LOCAL_PORT/);
    } finally {
      blocker.close();
    }
  });

  it('says to install Java when java is not on the PATH', async () => {
    const result = await runCli(['neo4j', 'start'], { ...env, PATH: '/nonexistent' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/"java" was not found on the PATH.*install a Java 17\+ runtime.*NEO4J_URI/);
  });

  it('names the variable when the configuration is invalid', async () => {
    const result = await runCli(['neo4j', 'status'], { ...env, NEO4J_LOCAL_PORT: 'seven' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/NEO4J_LOCAL_PORT="seven"/);
  });
});
