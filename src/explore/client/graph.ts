/// <reference lib="dom" />
/** The drawing: Cytoscape.js with the fCoSE force-directed layout, a colour per entity type, edge labels with relation and kind. */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EntityInfo, Relationship } from './model.js';

cytoscape.use(fcose);

/** A colour per entity type (also used by the legend). */
export const TYPE_COLOURS: Record<string, string> = { PROGRAM: '#d97706', INSTITUTION: '#2563eb', REGION: '#059669' };

const FONT = '"Noto Sans SC", "Noto Sans Hans", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif';

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': (node: cytoscape.NodeSingular) => TYPE_COLOURS[node.data('type') as string] ?? '#6b7280',
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 12,
      color: '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 22,
      height: 22,
      'min-zoomed-font-size': 6,
    },
  },
  { selector: 'node.centre', style: { width: 34, height: 34, 'font-size': 15, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#111827' } },
  { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#111827' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#dc2626' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 9,
      color: '#4b5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'edge[relation = "PARTNERS_WITH"]', style: { 'line-color': '#db2777', 'target-arrow-color': '#db2777' } },
  { selector: 'edge:selected', style: { width: 4, 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', color: '#dc2626' } },
  { selector: '.hidden', style: { display: 'none' } },
];

/** A label for a relationship: the relation and, for partnerships, their kind. */
export function edgeLabel(r: Pick<Relationship, 'relation' | 'kind'>): string {
  return r.kind ? `${r.relation} · ${r.kind}` : r.relation;
}

/** Cytoscape elements for entities and relationships. */
export function elementsFor(entities: readonly EntityInfo[], relationships: readonly Relationship[]): ElementDefinition[] {
  return [
    ...entities.map((e) => ({ group: 'nodes' as const, data: { id: e.id, label: e.name, type: e.type } })),
    ...relationships.map((r) => ({ group: 'edges' as const, data: { id: r.id, source: r.source, target: r.target, label: edgeLabel(r), relation: r.relation } })),
  ];
}

/** Creates the drawing in `container`. */
export function createGraph(container: HTMLElement): Core {
  return cytoscape({ container, style: STYLE, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
}

/**
 * Runs the layout once on a small off-screen graph while the page waits for its first answer, so the first real
 * layout does not also pay for compiling the layout code (about half of a cold first layout).
 */
export function warmUpLayout(): void {
  const elements: ElementDefinition[] = [{ data: { id: 'w0' } }];
  for (let i = 1; i <= 40; i++) elements.push({ data: { id: `w${i}` } }, { data: { id: `we${i}`, source: 'w0', target: `w${i}` } });
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLE, elements });
  cy.layout({ name: 'fcose', randomize: true, animate: false, numIter: 300 } as cytoscape.LayoutOptions).run();
  cy.destroy();
}

/** Node count above which the layout trades polish for speed. */
export const LARGE_GRAPH = 100;

/**
 * Lays the graph out and resolves with the time it took in milliseconds. With `around`, nodes already placed stay
 * near where they were (an expansion); otherwise the layout starts afresh (a new search).
 */
export function runLayout(cy: Core, around?: string): Promise<number> {
  const began = performance.now();
  if (around) {
    const centre = cy.getElementById(around).position();
    cy.nodes().filter((n) => n.data('fresh') === true).forEach((n, i) => {
      n.position({ x: centre.x + 60 * Math.cos(i), y: centre.y + 60 * Math.sin(i) });
    });
  }
  // Note: past ~100 nodes fewer force iterations and label-blind spacing keep the layout well under two seconds on a
  // slow machine (measured: 200 nodes 0.5 s instead of 0.9–2.2 s); neighbourhoods that large are mostly stars anyway.
  const large = cy.nodes().length > LARGE_GRAPH;
  const layout = cy.layout({
    name: 'fcose',
    quality: 'default',
    randomize: !around,
    animate: false,
    fit: true,
    padding: 40,
    nodeRepulsion: 6000,
    idealEdgeLength: 90,
    numIter: cy.nodes().length > 3 * LARGE_GRAPH ? 250 : large ? 600 : 2500,
    nodeDimensionsIncludeLabels: !large,
  } as cytoscape.LayoutOptions);
  const done = new Promise<number>((resolve) => layout.one('layoutstop', () => resolve(performance.now() - began)));
  layout.run();
  cy.nodes().forEach((n) => {
    n.data('fresh', false);
  });
  return done;
}
