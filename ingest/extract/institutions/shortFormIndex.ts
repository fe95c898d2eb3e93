/**
 * The short forms a document defined for bodies (香港理工大學（「理大」）), found by the text around a name instead of by a
 * pass over all of them: a document defining thousands (a directory of institutes, each with its short form) made every
 * name's look-up grow with their number, and the document's extraction with the square of its length.
 * The forms stay in the document context's Map (alias → owner's name, in the order defined); this module keeps beside
 * each such Map the order of its forms and their lengths, updated as forms are defined.
 */

interface FormIndex {
  /** Each form's place in the order the document defined them. */
  order: Map<string, number>;
  /** The distinct lengths of the forms, ascending. */
  lengths: number[];
}

const indexes = new WeakMap<ReadonlyMap<string, string>, FormIndex>();

function addToIndex(index: FormIndex, alias: string): void {
  index.order.set(alias, index.order.size);
  if (!index.lengths.includes(alias.length)) index.lengths = [...index.lengths, alias.length].sort((a, b) => a - b);
}

/** The index of a document's forms (rebuilt when forms were set on the Map without `defineShortForm`). */
function indexOf(shortForms: ReadonlyMap<string, string>): FormIndex {
  let index = indexes.get(shortForms);
  if (index === undefined || index.order.size !== shortForms.size) {
    index = { order: new Map(), lengths: [] };
    for (const alias of shortForms.keys()) addToIndex(index, alias);
    indexes.set(shortForms, index);
  }
  return index;
}

/** Records a short form the document defined for the body named `owner`. */
export function defineShortForm(shortForms: Map<string, string>, alias: string, owner: string): void {
  if (shortForms.has(alias)) return;
  const index = indexes.get(shortForms);
  shortForms.set(alias, owner);
  if (index !== undefined && index.order.size === shortForms.size - 1) addToIndex(index, alias);
}

/** A form as found in the text: the form and its owner. */
export type FoundForm = readonly [alias: string, owner: string];

/** The forms in the order the document defined them. */
function inOrder(found: FoundForm[], index: FormIndex): FoundForm[] {
  return found.length > 1 ? found.sort((a, b) => (index.order.get(a[0]) ?? 0) - (index.order.get(b[0]) ?? 0)) : found;
}

/**
 * The forms written so that they end at `end` of the text (absolute offsets from `offset`), in the order defined: what a
 * pass over every form testing `text.startsWith(alias, end - alias.length - offset)` would meet.
 */
export function formsEndingAt(text: string, offset: number, end: number, shortForms: ReadonlyMap<string, string>): FoundForm[] {
  const index = indexOf(shortForms);
  const found: [string, string][] = [];
  for (const length of index.lengths) {
    const at = end - length - offset;
    if (at < 0) break;
    const alias = text.slice(at, at + length);
    const owner = shortForms.get(alias);
    if (owner !== undefined) found.push([alias, owner]);
  }
  return inOrder(found, index);
}

/**
 * The forms written across or right before position `at` of the text (starting at most their length before it and at
 * most at it), in the order defined, each with how many of its characters stand at or after `at` (the most, where it is
 * written twice).
 */
export function formsAround(text: string, at: number, shortForms: ReadonlyMap<string, string>): { form: FoundForm; inside: number }[] {
  const index = indexOf(shortForms);
  const longest = index.lengths[index.lengths.length - 1] ?? 0;
  const found: { form: FoundForm; inside: number }[] = [];
  // Note: the starts are walked from `at` back, so that each form is first met where the most of it stands inside.
  for (let start = at; start >= Math.max(0, at - longest); start--) {
    for (const length of index.lengths) {
      if (start < at - length || start + length > text.length) continue;
      const alias = text.slice(start, start + length);
      const owner = shortForms.get(alias);
      if (owner !== undefined && !found.some((f) => f.form[0] === alias)) found.push({ form: [alias, owner], inside: start + length - at });
    }
  }
  return found.length > 1 ? found.sort((a, b) => (index.order.get(a.form[0]) ?? 0) - (index.order.get(b.form[0]) ?? 0)) : found;
}
