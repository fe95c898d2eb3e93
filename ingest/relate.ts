/**
 * Relate: derives TOUCHES, INVOLVES, LOCATED_IN, PARTNERS_WITH and PART_OF edges from the
 * resolved statements; every edge derived from text carries its evidence statement ids.
 */
import type { AnnotatedStatement } from './annotated.js';
import { extractRegions } from './extract/regions.js';
import { getGazetteer } from '../language/gazetteer/index.js';
import { getLexicon } from '../language/lexicon/index.js';
import type { Relation, RelationType, Target } from './model.js';
import { ensureRegion, type EntityIndex, type ResolvedIds, type SpannedId } from './resolve.js';

/** Collects relations, merging the evidence of repeated edges. */
class RelationSet {
  private readonly byKey = new Map<string, Relation>();

  add(type: RelationType, from: string, to: string, evidence: string | null, kind: string | null = null): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}`;
    let relation = this.byKey.get(key);
    if (!relation) {
      relation = { type, from, to, evidence: [], ...(type === 'PARTNERS_WITH' ? { kind } : {}) };
      this.byKey.set(key, relation);
    }
    if (evidence !== null && !relation.evidence.includes(evidence)) relation.evidence.push(evidence);
  }

  all(): Relation[] {
    return [...this.byKey.values()];
  }
}

function inside(inner: SpannedId, outer: SpannedId): boolean {
  return inner.start >= outer.start && inner.end <= outer.end && (inner.start !== outer.start || inner.end !== outer.end);
}

/** The partnership kind named by a statement's wording, or null when it names none. */
export function cooperationKind(text: string): string | null {
  // A 合作区 (cooperation zone, e.g. a named zone) is a place, not cooperation wording.
  const wording = text.includes('合作区') ? text.replaceAll('合作区', '') : text;
  for (const [cue, kind] of getLexicon().cooperation) if (wording.includes(cue)) return kind;
  return null;
}

/** The province-level region a region belongs to (itself when it is one), or null. */
function provinceOf(regionId: string | null): string | null {
  if (!regionId) return null;
  const gazetteer = getGazetteer();
  const chain = [gazetteer.byId(regionId), ...gazetteer.parentsOf(regionId)];
  return chain.find((r) => r?.level === 'PROVINCE' || r?.level === 'SAR')?.id ?? null;
}

/**
 * The regions an institution's name places it in: a bracketed campus place alone; else the regions the name
 * opens with (香港中文大学, 深圳宝安职业技术学院) and, further in, full names anywhere or short forms within the
 * issuer's province (…大学广州学院), so that a word such as 滨海 in 南沙区滨海中学 is not read as a far-away district.
 */
export function regionsOfName(name: string, contextRegionId: string | null): string[] {
  const bracket = /[(（]([^)）]+)[)）]$/.exec(name);
  if (bracket) {
    const [inBracket] = extractRegions(bracket[1], 0, { regionId: contextRegionId });
    if (inBracket?.regionIds?.length === 1) return inBracket.regionIds;
  }
  const gazetteer = getGazetteer();
  const homeProvince = provinceOf(contextRegionId);
  const ids = new Set<string>();
  let chainEnd = 0;
  let chainLast: string | null = null;
  for (const candidate of extractRegions(bracket ? name.slice(0, bracket.index) : name, 0, { regionId: contextRegionId })) {
    if (candidate.regionIds?.length !== 1) continue;
    const id = candidate.regionIds[0];
    // The opening chain goes down the hierarchy (广州 + 番禺): each next region lies inside the one before.
    const opening = candidate.start === chainEnd && (chainLast === null || gazetteer.parentsOf(id).some((p) => p.id === chainLast));
    if (opening) {
      chainEnd = candidate.end;
      chainLast = id;
    }
    const fullName = gazetteer.byId(id)?.name === candidate.surface;
    if (opening || fullName || (homeProvince !== null && provinceOf(id) === homeProvince)) ids.add(id);
  }
  return [...ids];
}

/**
 * Who partners with whom in a statement with cooperation wording. With "与/同 X" the entities after the
 * connective are the partners and the institution just before it (else the one the statement opens with,
 * else the issuer) is the actor;
 * without it, the institutions partner with each other and with the regions named.
 */
export function partnerPairs(
  text: string,
  statementStart: number,
  institutions: SpannedId[],
  regions: SpannedId[],
  issuerId: string | null,
): [string, string][] {
  const pairs: [string, string][] = [];
  const connective = /[与同]/g;
  let match: RegExpExecArray | null;
  let at = -1;
  while ((match = connective.exec(text)) !== null) {
    const absolute = statementStart + match.index;
    // A connective inside an entity name (学校规划与建设…委员会) is not one.
    if ([...institutions, ...regions].some((e) => absolute >= e.start && absolute < e.end)) continue;
    at = absolute;
    break;
  }
  if (at >= 0) {
    const before = institutions.filter((i) => i.end <= at);
    const adjacent = before.length > 0 && at - before[before.length - 1].end <= 2 ? before[before.length - 1] : undefined;
    // Else the sentence's subject: an institution the statement opens with.
    const subject = before.find((i) => i.start - statementStart <= 2);
    const actor = adjacent?.id ?? subject?.id ?? issuerId;
    const partners = [...institutions, ...regions].filter((e) => e.start > at).map((e) => e.id);
    if (actor) for (const partner of new Set(partners)) pairs.push([actor, partner]);
    if (pairs.length > 0) return pairs;
  }
  const actors = institutions.length > 0 ? institutions.map((i) => i.id) : issuerId ? [issuerId] : [];
  for (const actor of actors) for (const region of regions) pairs.push([actor, region.id]);
  for (let i = 0; i < institutions.length; i++) {
    for (let j = i + 1; j < institutions.length; j++) pairs.push([institutions[i].id, institutions[j].id]);
  }
  return pairs;
}

/** Whether an institution's own name places it in the issuer's home regions (广州大学 for a Guangzhou issuer). */
function homeInstitution(index: EntityIndex, id: string, context: RelateContext): boolean {
  const entity = index.get(id);
  return entity !== undefined && regionsOfName(entity.name, context.issuerRegionId).some((r) => context.homeRegionIds.has(r));
}

/** Everything `relate` needs to know about the document. */
export interface RelateContext {
  /** The issuing body's institution id, when the issuer is a named body. */
  issuerInstitutionId: string | null;
  /** The issuer's region and its ancestors: not partners of the issuer's own institutions. */
  homeRegionIds: Set<string>;
  issuerRegionId: string | null;
}

/** Derives the document's relations and sets each target's `for`; adds ancestor regions to the index. */
export function relate(
  annotated: AnnotatedStatement[],
  idsByStatement: Map<string, ResolvedIds>,
  index: EntityIndex,
  targets: Target[],
  context: RelateContext,
): Relation[] {
  const relations = new RelationSet();
  const targetsByStatement = new Map<string, Target[]>();
  for (const target of targets) {
    const list = targetsByStatement.get(target.statementId) ?? [];
    list.push(target);
    targetsByStatement.set(target.statementId, list);
  }

  for (const item of annotated) {
    const statementId = item.statement.id;
    const ids = idsByStatement.get(statementId);
    if (!ids) continue;
    const freeRegions = ids.regions.filter((r) => !ids.institutions.some((i) => inside(r, i)));
    const freeInstitutions = ids.institutions.filter((i) => !ids.programs.some((p) => inside(i, p)));

    for (const link of ids.partOf) relations.add('PART_OF', link.from, link.to, statementId);
    for (const program of ids.programs) {
      for (const region of freeRegions) relations.add('TOUCHES', program.id, region.id, statementId);
      for (const institution of freeInstitutions) {
        if (institution.id !== context.issuerInstitutionId) relations.add('INVOLVES', program.id, institution.id, statementId);
      }
    }

    const kind = cooperationKind(item.statement.text);
    if (kind) {
      const pairs = partnerPairs(item.statement.text, item.statement.start, freeInstitutions, freeRegions, context.issuerInstitutionId);
      for (const [from, to] of pairs) {
        // The issuer does not partner with its own city or province; an outside institution may (X大学来穗合作办学).
        if (context.homeRegionIds.has(to) && (from === context.issuerInstitutionId || homeInstitution(index, from, context))) continue;
        relations.add('PARTNERS_WITH', from, to, statementId, kind);
      }
    }

    for (const target of targetsByStatement.get(statementId) ?? []) {
      const span = item.targets.find((t) => t.text === target.text);
      const before = ids.programs.filter((p) => !span || p.start <= span.start);
      const program = before[before.length - 1] ?? ids.programs[0];
      target.for = program?.id ?? freeRegions[0]?.id ?? null;
    }
  }

  for (const entity of index.all()) {
    if (entity.type !== 'INSTITUTION') continue;
    for (const regionId of regionsOfName(entity.name, context.issuerRegionId)) {
      ensureRegion(index, regionId);
      for (const mention of entity.mentions) relations.add('LOCATED_IN', entity.id, regionId, mention.statementId);
    }
  }

  const gazetteer = getGazetteer();
  for (const entity of index.all()) {
    if (entity.type !== 'REGION') continue;
    let child = entity.id;
    for (const parent of gazetteer.parentsOf(entity.id)) {
      ensureRegion(index, parent.id);
      relations.add('PART_OF', child, parent.id, null);
      child = parent.id;
    }
  }
  return relations.all();
}
