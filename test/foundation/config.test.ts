import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('uses the local Neo4j on 127.0.0.1:7687 when NEO4J_URI is not set', () => {
    const config = loadConfig({});
    expect(config.neo4j.local).toBe(true);
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
    expect(config.server.port).toBe(4000);
    expect(config.ingest.maxFileBytes).toBe(5 * 1024 * 1024);
  });

  it('uses NEO4J_URI, credentials and database when they are set', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'policy',
      PORT: '8080',
    });
    expect(config.neo4j).toMatchObject({ local: false, uri: 'neo4j+s://abc.databases.neo4j.io', user: 'reader', password: 'secret', database: 'policy' });
    expect(config.server.port).toBe(8080);
  });

  it('passes NEO4J_LOCAL_JAVA_OPTS to the local Neo4j as separate JVM options, refusing anything else', () => {
    expect(loadConfig({ NEO4J_LOCAL_JAVA_OPTS: '-XX:+UseParallelGC  -XX:TieredStopAtLevel=1' }).localNeo4j.javaOptions).toEqual([
      '-XX:+UseParallelGC',
      '-XX:TieredStopAtLevel=1',
    ]);
    expect(() => loadConfig({ NEO4J_LOCAL_JAVA_OPTS: 'sh -c true' })).toThrow(/NEO4J_LOCAL_JAVA_OPTS/);
  });

  it('moves the local Bolt port with NEO4J_LOCAL_PORT', () => {
    expect(loadConfig({ NEO4J_LOCAL_PORT: '7797' }).neo4j.uri).toBe('bolt://127.0.0.1:7797');
  });

  it('fails fast with a message naming PORT when it is not a port number', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('fails fast with a message naming NEO4J_URI when it is not a Neo4j URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI="http:\/\/localhost:7474": must be a neo4j:\/\/ or bolt:\/\/ URI/);
  });

  it('names every invalid variable at once', () => {
    let message = '';
    try {
      loadConfig({ NEO4J_LOCAL_HEAP: 'lots', GRAPHQL_INTROSPECTION: 'maybe', POLICY_KG_MAX_FILE_BYTES: '-1' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/NEO4J_LOCAL_HEAP/);
    expect(message).toMatch(/GRAPHQL_INTROSPECTION/);
    expect(message).toMatch(/POLICY_KG_MAX_FILE_BYTES/);
  });
});
