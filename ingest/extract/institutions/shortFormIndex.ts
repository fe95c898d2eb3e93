/**
 * The short forms a document defined for bodies (香港理工大學（「理大」）), found by the text around a name instead of by a
 * pass over all of them: a document defining thousands (a directory of institutes, each with its short form) made every
 * name's look-up grow with their number, and the document's extraction with the square of its length.
 */

/** A form as found in the text: the form and its owner. */
export type FoundForm = readonly [alias: string, owner: string];

/** The short forms one document defined (alias → the owner's name), in the order defined, with their lengths. */
export class ShortForms {
  /** Each form: its owner and its place in the order the document defined them. */
  private readonly forms = new Map<string, { owner: string; order: number }>();
  /** The distinct lengths of the forms, ascending. */
  private lengths: number[] = [];

  get size(): number {
    return this.forms.size;
  }

  has(alias: string): boolean {
    return this.forms.has(alias);
  }

  /** Records a short form the document defined for the body named `owner` (the first definition of a form stands). */
  define(alias: string, owner: string): void {
    if (this.forms.has(alias)) return;
    this.forms.set(alias, { owner, order: this.forms.size });
    if (!this.lengths.includes(alias.length)) this.lengths = [...this.lengths, alias.length].sort((a, b) => a - b);
  }

  /**
   * The forms written so that they end at `end` of the text (absolute offsets from `offset`), in the order defined: what a
   * pass over every form testing `text.startsWith(alias, end - alias.length - offset)` would meet.
   */
  endingAt(text: string, offset: number, end: number): FoundForm[] {
    const found: FoundForm[] = [];
    for (const length of this.lengths) {
      const at = end - length - offset;
      if (at < 0) break;
      const alias = text.slice(at, at + length);
      const form = this.forms.get(alias);
      if (form !== undefined) found.push([alias, form.owner]);
    }
    return this.inOrder(found, (f) => f[0]);
  }

  /**
   * The forms written across or right before position `at` of the text (starting at most their length before it and at
   * most at it), in the order defined, each with how many of its characters stand at or after `at` (the most, where it is
   * written twice).
   */
  around(text: string, at: number): { form: FoundForm; inside: number }[] {
    const longest = this.lengths[this.lengths.length - 1] ?? 0;
    const found: { form: FoundForm; inside: number }[] = [];
    // Note: the starts are walked from `at` back, so that each form is first met where the most of it stands inside.
    for (let start = at; start >= Math.max(0, at - longest); start--) {
      for (const length of this.lengths) {
        if (start < at - length || start + length > text.length) continue;
        const alias = text.slice(start, start + length);
        const form = this.forms.get(alias);
        if (form !== undefined && !found.some((f) => f.form[0] === alias)) found.push({ form: [alias, form.owner], inside: start + length - at });
      }
    }
    return this.inOrder(found, (f) => f.form[0]);
  }

  /** The found items in the order their forms were defined. */
  private inOrder<T>(found: T[], aliasOf: (item: T) => string): T[] {
    return found.length > 1 ? found.sort((a, b) => (this.forms.get(aliasOf(a))?.order ?? 0) - (this.forms.get(aliasOf(b))?.order ?? 0)) : found;
  }
}
