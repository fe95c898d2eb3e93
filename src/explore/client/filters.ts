/// <reference lib="dom" />
/** Filters by relation type, year and status: a relationship shows when its relation is ticked and some loaded evidence matches. */
import type { Core } from 'cytoscape';
import { RELATIONS, STATUSES, type ExploreGraph, type Relationship } from './model.js';
import { TYPE_COLOURS } from './graph.js';

/** What the filters ask for (null = any). */
export interface FilterState {
  relations: Set<string>;
  year: number | null;
  status: string | null;
}

/** True when a relationship passes the filters. A relationship without evidence (the gazetteer's PART_OF) passes only "any". */
export function passes(r: Relationship, f: FilterState): boolean {
  if (!f.relations.has(r.relation)) return false;
  if (f.year === null && f.status === null) return true;
  return r.evidence.some((e) => (f.year === null || e.year === f.year) && (f.status === null || e.status === f.status));
}

/** Hides what the filters exclude; entities stay visible while a visible relationship or an expansion holds them. */
export function applyFilters(cy: Core, graph: ExploreGraph, f: FilterState, centre: string | null): void {
  const keep = new Set<string>([...graph.expanded, ...(centre ? [centre] : [])]);
  cy.batch(() => {
    for (const r of graph.relationships.values()) {
      const visible = passes(r, f);
      cy.getElementById(r.id).toggleClass('hidden', !visible);
      if (visible) keep.add(r.source).add(r.target);
    }
    cy.nodes().forEach((n) => {
      n.toggleClass('hidden', !keep.has(n.id()));
    });
  });
}

function select(id: string, label: string, options: [string, string][]): string {
  return `<label>${label}<select id="${id}">${options.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select></label>`;
}

/** Draws the filter controls and the legend into `root`; `onChange` gets the new state. */
export function renderFilters(root: HTMLElement, years: number[], state: FilterState, onChange: (s: FilterState) => void): void {
  const relations = RELATIONS.map((r) => `<label class="check"><input type="checkbox" name="relation" value="${r}"${state.relations.has(r) ? ' checked' : ''}> ${r}</label>`).join('');
  const legend = Object.entries(TYPE_COLOURS)
    .map(([type, colour]) => `<li><span class="dot" style="background:${colour}"></span>${type}</li>`)
    .join('');
  root.innerHTML = `<h2>Relations</h2>${relations}
<h2>Evidence</h2>
${select('filter-year', 'Year', [['', 'any year'], ...years.map((y): [string, string] => [String(y), String(y)])])}
${select('filter-status', 'Status', [['', 'any status'], ...STATUSES.map((s): [string, string] => [s, s])])}
<h2>Legend</h2><ul class="legend">${legend}</ul>`;
  const year = root.querySelector<HTMLSelectElement>('#filter-year')!;
  const status = root.querySelector<HTMLSelectElement>('#filter-status')!;
  year.value = state.year === null ? '' : String(state.year);
  status.value = state.status ?? '';
  const read = (): FilterState => ({
    relations: new Set([...root.querySelectorAll<HTMLInputElement>('input[name=relation]:checked')].map((i) => i.value)),
    year: year.value ? Number(year.value) : null,
    status: status.value || null,
  });
  root.onchange = () => onChange(read());
}
