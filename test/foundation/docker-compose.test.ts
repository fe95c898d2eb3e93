import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../src/project-root.js';

const root = projectRoot();
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Record<string, unknown>>;
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml', () => {
  it('runs neo4j:5.26-community with Bolt, a healthcheck and a named data volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.ports).toContain('7687:7687');
    expect((neo4j.healthcheck as { test: string[] }).test.join(' ')).toMatch(/cypher-shell|wget|curl/);
    const volumes = neo4j.volumes as string[];
    const named = volumes.map((v) => v.split(':')[0]).filter((v) => compose.volumes && v in compose.volumes);
    expect(named.length).toBeGreaterThan(0);
  });

  it('runs the app from the Dockerfile once Neo4j is healthy, with NEO4J_URI pointing at it', () => {
    const app = compose.services.app;
    expect(app.build).toBeDefined();
    expect(fs.existsSync(path.join(root, 'Dockerfile'))).toBe(true);
    expect(app.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    const env = app.environment as Record<string, string>;
    expect(env.NEO4J_URI).toBe('neo4j://neo4j:7687');
    expect(env.NEO4J_USER).toBeDefined();
    expect(env.NEO4J_PASSWORD).toBeDefined();
    expect(env.HOST).toBe('0.0.0.0');
    expect(app.ports).toContain('4000:4000');
  });

  it('uses the same password for Neo4j and the app', () => {
    const auth = (compose.services.neo4j.environment as Record<string, string>).NEO4J_AUTH;
    const env = compose.services.app.environment as Record<string, string>;
    expect(auth).toBe(`${env.NEO4J_USER}/${env.NEO4J_PASSWORD}`);
  });
});
