/// <reference lib="dom" />
/** The side panel: an entity with its links, or a relationship with its evidence sentences, document and section. */
import { edgeLabel, TYPE_COLOURS } from './graph.js';
import type { EntityInfo, Evidence, ExploreGraph, Relationship } from './model.js';
import { EVIDENCE_PER_EDGE } from './queries.js';

/** Escapes text for HTML (every name and sentence comes from documents). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const nameOf = (graph: ExploreGraph, id: string): string => escapeHtml(graph.entities.get(id)?.name ?? id);

function evidenceItem(e: Evidence): string {
  const where = [e.document.title, ...e.sectionPath].map(escapeHtml).join(' › ');
  const meta = [e.year === null ? null : String(e.year), e.status, e.page === null ? null : `p. ${e.page}`].filter(Boolean).join(' · ');
  return `<li class="evidence"><q>${escapeHtml(e.text)}</q><div class="where">${where}</div><div class="meta">${escapeHtml(meta)}</div></li>`;
}

/** The panel for a relationship: both ends, the relation and kind, and every loaded evidence statement. */
export function relationshipPanel(graph: ExploreGraph, r: Relationship): string {
  const evidence = r.evidence.length
    ? `<ol class="evidence-list">${r.evidence.map(evidenceItem).join('')}</ol>${r.evidence.length === EVIDENCE_PER_EDGE ? `<p class="hint">The newest ${EVIDENCE_PER_EDGE} statements are shown; the playground query can page through more.</p>` : ''}`
    : '<p class="hint">No evidence sentence: this link comes from the region gazetteer.</p>';
  return `<h2 class="relationship">${nameOf(graph, r.source)} <span class="rel">${escapeHtml(edgeLabel(r))}</span> ${nameOf(graph, r.target)}</h2>
<h3>Evidence (${r.evidence.length})</h3>${evidence}`;
}

/** The panel for an entity: what it is and its links (each opens its evidence). */
export function entityPanel(graph: ExploreGraph, entity: EntityInfo, total: number | null): string {
  const links = graph
    .relationshipsOf(entity.id)
    .map((r) => {
      const other = r.source === entity.id ? r.target : r.source;
      const arrow = r.source === entity.id ? '→' : '←';
      return `<li><button type="button" class="link" data-relationship="${escapeHtml(r.id)}">${arrow} ${escapeHtml(edgeLabel(r))} ${nameOf(graph, other)} <span class="count">${r.evidence.length}</span></button></li>`;
    })
    .join('');
  const aliases = entity.aliases?.length ? `<p class="aliases">${entity.aliases.map(escapeHtml).join(' · ')}</p>` : '';
  const shown = total !== null && total > graph.relationshipsOf(entity.id).length ? `<p class="hint">${total} neighbours in all; the first ones are drawn.</p>` : '';
  return `<h2><span class="dot" style="background:${TYPE_COLOURS[entity.type] ?? '#6b7280'}"></span>${escapeHtml(entity.name)}</h2>
<p class="type">${escapeHtml(entity.type)}${entity.kind ? ` · ${escapeHtml(entity.kind)}` : ''} · <code>${escapeHtml(entity.id)}</code></p>${aliases}
<h3>Links</h3>${shown}<ul class="links">${links || '<li class="hint">None loaded.</li>'}</ul>`;
}

/** The panel when a name matched nothing: close suggestions to click. */
export function suggestionsPanel(name: string, suggestions: EntityInfo[]): string {
  const items = suggestions.map((s) => `<li><button type="button" class="link" data-entity="${escapeHtml(s.id)}">${escapeHtml(s.name)} <span class="count">${escapeHtml(s.type)}</span></button></li>`).join('');
  return `<h2>No entity is called “${escapeHtml(name)}”</h2>${items ? `<p>Did you mean:</p><ul class="links">${items}</ul>` : '<p class="hint">Try another name or alias.</p>'}`;
}
