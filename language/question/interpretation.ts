/** How a question was read, written as the call that answers it: programs(region: "南沙区", year: 2020). */
import { getGazetteer } from '../gazetteer/index.js';
import { getTaxonomy } from '../topics/index.js';
import type { Intent, QuestionSlots, RegionSlot } from './types.js';

const FIELD: Record<Intent, string> = {
  PROGRAMS: 'programs',
  INSTITUTIONS: 'institutions',
  PARTNERS: 'partners',
  TARGETS: 'targets',
  HOW_MANY: 'count',
  WHO: 'who',
  WHERE: 'where',
  CONNECTIONS: 'connections',
  COMPARE_YEARS: 'compare',
  STATEMENTS: 'statements',
  SEARCH: 'search',
};

const quote = (text: string): string => JSON.stringify(text);

/** A region as shown: its canonical name for one region (Nansha → 南沙区), the words typed for several (港澳). */
export function regionLabel(region: RegionSlot): string {
  return region.ids.length === 1 ? (getGazetteer().byId(region.ids[0])?.name ?? region.surface) : region.surface;
}

/** The named things of a question in order: places and names. */
function things(slots: QuestionSlots): string[] {
  return [...slots.regions.map((r) => ({ at: r.start, label: regionLabel(r) })), ...slots.names.map((n) => ({ at: n.start, label: n.surface }))]
    .sort((a, b) => a.at - b.at)
    .map((t) => t.label);
}

function filterArgs(slots: QuestionSlots, withRegion = true): string[] {
  const args: string[] = [];
  if (withRegion && slots.regions.length > 0) args.push(`region: ${quote(slots.regions.map(regionLabel).join('、'))}`);
  if (withRegion && slots.names.length > 0) args.push(`name: ${quote(slots.names.map((n) => n.surface).join('、'))}`);
  if (slots.topics.length > 0) args.push(`topic: ${quote(slots.topics.map((t) => getTaxonomy().byId(t.topicId)?.name ?? t.topicId).join('、'))}`);
  if (slots.years.length === 1) args.push(`year: ${slots.years[0]}`);
  if (slots.years.length > 1) args.push(`years: [${slots.years.join(', ')}]`);
  if (slots.status) args.push(`status: ${slots.status}`);
  if (withRegion && slots.includeSubregions && slots.regions.length > 0) args.push('includeSubregions: true');
  return args;
}

function argsOf(intent: Intent, slots: QuestionSlots): string[] {
  const named = things(slots);
  const text = slots.terms.join(' ');
  switch (intent) {
    case 'PARTNERS': {
      const of = slots.counterpart ?? named.join('、');
      const scope = slots.counterpart ? named.filter((n) => n !== slots.counterpart) : [];
      return [of ? `of: ${quote(of)}` : '', scope.length > 0 ? `region: ${quote(scope.join('、'))}` : '', slots.partnerKind ? `kind: ${slots.partnerKind}` : '', ...filterArgs(slots, false)];
    }
    case 'HOW_MANY':
      return [slots.measure ? `of: ${quote(slots.measure)}` : '', ...filterArgs(slots)];
    case 'WHO':
      return [named.length > 0 ? `with: ${quote(slots.counterpart ?? named.join('、'))}` : '', text ? `did: ${quote(text)}` : '', ...filterArgs(slots, false)];
    case 'WHERE':
      return [named.length > 0 ? `is: ${quote(named.join('、'))}` : ''];
    case 'CONNECTIONS':
      return [named[0] ? `from: ${quote(named[0])}` : '', named[1] ? `to: ${quote(named.slice(1).join('、'))}` : ''];
    case 'STATEMENTS':
      return [...filterArgs(slots), text ? `text: ${quote(text)}` : ''];
    case 'SEARCH': {
      const words = [...new Set([...named, ...slots.topics.map((t) => t.surface), ...slots.terms])];
      return [`text: ${quote(words.length > 0 ? words.join(' ') : slots.years.join(' '))}`, ...(words.length > 0 ? [] : filterArgs(slots))];
    }
    default:
      return filterArgs(slots);
  }
}

/** The interpretation of a reading. */
export function interpret(intent: Intent, slots: QuestionSlots): string {
  return `${FIELD[intent]}(${argsOf(intent, slots).filter(Boolean).join(', ')})`;
}
