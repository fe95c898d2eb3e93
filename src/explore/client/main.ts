/// <reference lib="dom" />
/** The explorer page: search an entity, draw its neighbourhood, expand nodes on click, read evidence, filter, open as GraphQL. */
import type { Core } from 'cytoscape';
import { applyFilters, renderFilters, type FilterState } from './filters.js';
import { createGraph, elementsFor, runLayout, warmUpLayout } from './graph.js';
import { ExploreGraph, RELATIONS, type EntityInfo } from './model.js';
import { entityPanel, relationshipPanel, suggestionsPanel } from './panel.js';
import { lookup, neighbours, playgroundUrl } from './queries.js';

/** What the page exposes for people debugging it in the console (and for the browser test): the drawing and timings. */
interface ExploreHandle {
  cy: Core;
  graph: ExploreGraph;
  centre: string | null;
  lastLayoutMs: number | null;
  busy: boolean;
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const graph = new ExploreGraph();
const cy = createGraph($('graph'));
const totals = new Map<string, number>();
let filters: FilterState = { relations: new Set(RELATIONS), year: null, status: null };
const handle: ExploreHandle = { cy, graph, centre: null, lastLayoutMs: null, busy: false };
(window as unknown as { policyKgExplore: ExploreHandle }).policyKgExplore = handle;

function status(text: string, error = false): void {
  const el = $('status');
  el.textContent = text;
  el.classList.toggle('error', error);
}

function refreshFilters(): void {
  renderFilters($('filters'), graph.years(), filters, (next) => {
    filters = next;
    applyFilters(cy, graph, filters, handle.centre);
  });
  applyFilters(cy, graph, filters, handle.centre);
}

function showEntity(id: string): void {
  const entity = graph.entities.get(id);
  if (entity) $('panel').innerHTML = entityPanel(graph, entity, totals.get(id) ?? null);
}

/** Loads an entity's neighbours into the drawing; with `fresh` the drawing starts over around it. */
async function expand(id: string, fresh: boolean): Promise<void> {
  handle.busy = true;
  status(`Loading the neighbours of ${graph.entities.get(id)?.name ?? id}…`);
  try {
    const result = await neighbours(id);
    if (!result) throw new Error(`${id} is no longer in the graph`);
    if (fresh) {
      graph.clear();
      cy.elements().remove();
      handle.centre = id;
    }
    graph.addEntity(result.entity);
    totals.set(id, result.total);
    const added = graph.addNeighbours(id, result.neighbours);
    const entities = (fresh ? [id, ...added.entities] : added.entities).map((e) => graph.entities.get(e)!);
    cy.add(elementsFor(entities, added.relationships.map((r) => graph.relationships.get(r)!)));
    for (const e of added.entities) cy.getElementById(e).data('fresh', true);
    cy.getElementById(id).addClass(fresh ? 'centre' : 'expanded');
    refreshFilters();
    handle.lastLayoutMs = await runLayout(cy, fresh ? undefined : id);
    showEntity(id);
    const shown = result.neighbours.length < result.total ? ` (the first ${result.neighbours.length} drawn)` : '';
    status(`${result.entity.name}: ${result.total} neighbours${shown}; ${cy.nodes().length} entities and ${cy.edges().length} links on screen; layout ${Math.round(handle.lastLayoutMs)} ms.`);
  } catch (error) {
    status(`Could not load the neighbours: ${error instanceof Error ? error.message : String(error)}`, true);
  } finally {
    handle.busy = false;
  }
}

function linkPlayground(entity: EntityInfo): void {
  $<HTMLAnchorElement>('playground-link').href = playgroundUrl(entity);
}

/** Searches a name or alias (or an id) and draws its neighbourhood, or lists suggestions. */
async function search(name: string): Promise<void> {
  const text = name.trim();
  if (!text) return;
  status(`Looking up ${text}…`);
  try {
    const { entity, suggestions } = await lookup(text);
    if (!entity) {
      $('panel').innerHTML = suggestionsPanel(text, suggestions);
      status(`No entity is called ${text}.`, true);
      return;
    }
    history.replaceState(null, '', `?q=${encodeURIComponent(text)}`);
    linkPlayground(entity);
    await expand(entity.id, true);
  } catch (error) {
    status(`Search failed: ${error instanceof Error ? error.message : String(error)}`, true);
  }
}

$<HTMLFormElement>('search').addEventListener('submit', (event) => {
  event.preventDefault();
  void search($<HTMLInputElement>('search-input').value);
});

cy.on('tap', 'node', (event) => {
  const id = event.target.id() as string;
  showEntity(id);
  if (!graph.expanded.has(id)) void expand(id, false);
});

cy.on('tap', 'edge', (event) => {
  const r = graph.relationships.get(event.target.id() as string);
  if (r) $('panel').innerHTML = relationshipPanel(graph, r);
});

$('panel').addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest('button');
  if (!button) return;
  const relationship = button.dataset.relationship ? graph.relationships.get(button.dataset.relationship) : undefined;
  if (relationship) {
    cy.elements().unselect();
    cy.getElementById(relationship.id).select();
    $('panel').innerHTML = relationshipPanel(graph, relationship);
  } else if (button.dataset.entity) void search(button.dataset.entity);
});

refreshFilters();
const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  $<HTMLInputElement>('search-input').value = initial;
  void search(initial);
}
// Note: after the first request is on its way, so the warm-up overlaps the wait for the answer.
warmUpLayout();
