import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../src/cli/commands/export.js';
import { migrate } from '../../src/db/migrate.js';
import { loadExportGraph, writeExport, type ExportGraph } from '../../src/export/index.js';
import { runCli } from '../helpers/cli.js';
import { openTestDatabase } from '../helpers/db.js';
import { writeSeeds } from '../helpers/seed.js';
import { tempDir } from '../helpers/tmp.js';

const db = openTestDatabase();
const root = db.config.projectRoot;
const dir = tempDir('policy-kg-export-');
let cleanUp: (() => Promise<void>) | undefined;
let whole: ExportGraph;

beforeAll(async () => {
  await migrate(db.executor, root);
  cleanUp = await writeSeeds(db);
  whole = await loadExportGraph(db.executor);
});

afterAll(async () => {
  await cleanUp?.();
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

const named = (graph: ExportGraph, name: string) => graph.nodes.find((n) => n.name === name);

describe('loading the graph for an export', () => {
  it('carries every edge with its evidence statements: text, document and section path', () => {
    const hkust = named(whole, '香港科技大学(广州)');
    expect(hkust).toMatchObject({ type: 'INSTITUTION' });
    const partOf = whole.edges.find((e) => e.source === hkust!.id && e.relation === 'PART_OF');
    expect(partOf?.evidence.length).toBeGreaterThan(0);
    const statement = partOf!.evidence[0];
    expect(statement.text).toContain('香港科技大学');
    expect(statement.documentTitle).toContain('广州');
    expect(statement.sectionPath.length).toBeGreaterThan(0);
    const ids = new Set(whole.nodes.map((n) => n.id));
    expect(whole.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('narrows to an entity named in English and its neighbours, and names an unknown entity in the error', async () => {
    const hk = await loadExportGraph(db.executor, { entity: 'Hong Kong', hops: 1 });
    expect(hk.centre).toBe('region:HK');
    const ids = new Set(hk.nodes.map((n) => n.id));
    expect(ids.has('region:HK')).toBe(true);
    expect(hk.nodes.length).toBeLessThan(whole.nodes.length);
    expect(hk.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(hk.edges.some((e) => e.source === 'region:HK' || e.target === 'region:HK')).toBe(true);
    await expect(loadExportGraph(db.executor, { entity: '不存在的地方' })).rejects.toThrow(/--entity "不存在的地方": no program, institution or region/);
  });
});

describe('GraphML', () => {
  it('parses with graphology-graphml into the same nodes and edges, with typed attributes', () => {
    const [file] = writeExport(whole, 'graphml', path.join(dir, 'graphml'));
    const graph = parseGraphml(MultiDirectedGraph, fs.readFileSync(file, 'utf8'), { addMissingNodes: false });
    expect(graph.order).toBe(whole.nodes.length);
    expect(graph.size).toBe(whole.edges.length);
    const hkust = named(whole, '香港科技大学(广州)')!;
    expect(graph.getNodeAttributes(hkust.id)).toMatchObject({ label: '香港科技大学(广州)', type: 'INSTITUTION' });
    const edge = graph.edges(hkust.id).map((e) => graph.getEdgeAttributes(e)).find((a) => a.relation === 'PART_OF');
    expect(typeof edge?.evidenceCount).toBe('number');
    expect(edge?.evidence).toMatch(/香港科技大学.*〔.*广州/);
  });

  it('keeps ids that differ only by a control character or a backslash apart, though XML cannot hold the character', () => {
    const node = (id: string) => ({ id, type: 'INSTITUTION' as const, name: id, aliases: [], kind: null, nameEn: null, level: null, code: null });
    const ids = ['institution:广州市教育局', 'institution:广州\u0002市教育局', 'institution:广州\\u0002市教育局', 'institution:广州\\市教育局'];
    const [file] = writeExport({ nodes: ids.map(node), edges: [] }, 'graphml', path.join(dir, 'graphml-control'));
    const graph = parseGraphml(MultiDirectedGraph, fs.readFileSync(file, 'utf8'), { addMissingNodes: false });
    expect(graph.order).toBe(ids.length);
    expect(graph.hasNode('institution:广州市教育局')).toBe(true);
  });

  it('reads in networkx when python3 has it (the reader Gephi users also script with)', (context) => {
    const probe = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
    if (probe.status !== 0) context.skip();
    const file = path.join(dir, 'graphml', 'graph.graphml');
    const script = 'import json,sys,networkx as nx\ng=nx.read_graphml(sys.argv[1])\nprint(json.dumps({"n":g.number_of_nodes(),"m":g.number_of_edges(),"t":type(g).__name__}))';
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { n: number; m: number };
    expect(out).toMatchObject({ n: whole.nodes.length, m: whole.edges.length });
  });
});

describe('CSV and JSON Lines', () => {
  it('writes nodes, edges and one evidence row per statement that a CSV parser reads back', () => {
    const files = writeExport(whole, 'csv', path.join(dir, 'csv'));
    expect(files.map((f) => path.basename(f))).toEqual(['nodes.csv', 'edges.csv', 'evidence.csv']);
    const read = (f: string) => parseCsv(fs.readFileSync(f, 'utf8'), { columns: true }) as Record<string, string>[];
    const [nodes, edges, evidence] = files.map(read);
    expect(nodes).toHaveLength(whole.nodes.length);
    expect(edges).toHaveLength(whole.edges.length);
    expect(evidence).toHaveLength(whole.edges.reduce((n, e) => n + e.evidence.length, 0));
    const row = evidence.find((r) => r.text.includes(',') || r.text.includes('"'));
    if (row) expect(whole.edges[Number(row.edge)].evidence.map((s) => s.text)).toContain(row.text);
    expect(evidence[0].sectionPath).not.toBe('');
  });

  it('writes JSON Lines with the evidence nested in each edge', () => {
    const [nodesFile, edgesFile] = writeExport(whole, 'jsonl', path.join(dir, 'jsonl'));
    const lines = (f: string) => fs.readFileSync(f, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines(nodesFile)).toHaveLength(whole.nodes.length);
    const edges = lines(edgesFile);
    expect(edges[0]).toHaveProperty('evidence');
    expect(edges).toEqual(whole.edges.map((e) => expect.objectContaining({ source: e.source, target: e.target, relation: e.relation })));
  });

  it('never replaces an earlier export unless asked to', () => {
    const out = path.join(dir, 'jsonl');
    expect(() => writeExport(whole, 'jsonl', out)).toThrow(/nodes\.jsonl: already exists; choose another --out folder or pass --force/);
    expect(writeExport(whole, 'jsonl', out, { overwrite: true })).toHaveLength(2);
  });
});

describe('the export command', () => {
  it('reads its arguments and says what is wrong with bad ones', () => {
    expect(parseExportArgs(['--format', 'csv'])).toMatchObject({ format: 'csv', out: 'policy-kg-export', hops: 1, force: false });
    expect(parseExportArgs(['--format', 'gexf'])).toEqual({ error: '--format gexf: expected one of graphml, csv, jsonl' });
    expect(parseExportArgs([])).toEqual({ error: '--format is required' });
    expect(parseExportArgs(['--format', 'csv', '--entity', '香港', '--hops', '9'])).toEqual({ error: '--hops 9: expected a whole number from 1 to 3' });
    expect(parseExportArgs(['--format', 'csv', '--hops', '2'])).toEqual({ error: '--hops only applies with --entity' });
  });

  it('exports the neighbourhood of 香港 from the command line', async () => {
    const out = path.join(dir, 'cli');
    const result = await runCli(['export', '--format', 'graphml', '--out', out, '--entity', '香港']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Exported the neighbourhood of region:HK \(1 hop\): \d+ entities, \d+ relationships, \d+ evidence statements/);
    expect(fs.existsSync(path.join(out, 'graph.graphml'))).toBe(true);
  });
});
