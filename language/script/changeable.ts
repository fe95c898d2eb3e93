/**
 * Which characters the Traditional → Simplified converter can change, read once from its own dictionaries, so that
 * script detection can tell most Simplified texts apart without converting them (the conversion of a detection
 * sample was a few per cent of extraction).
 *
 * The converter runs stages (normalisation, then the conversion chain), each replacing dictionary keys by their
 * values. A character of the text can only come out different if it stands where some same-length entry's key and
 * value differ (CHANGEABLE), and characters can only move if a length-changing entry matches, which needs its
 * witness character in the text (SHIFTING; closed over the stages: a key character that an earlier stage turns into a
 * witness is a witness too). So in a text without SHIFTING characters, at most its CHANGEABLE characters differ
 * after conversion, in place.
 */

/** One dictionary as opencc-js ships it: `"key value|key value"` or `[key, value]` pairs. */
export type DictLike = string | readonly (readonly [string, string])[];

/** Bit of a UTF-16 code in the table: the converter may change it in place. */
export const CHANGEABLE = 1;
/** Bit of a UTF-16 code in the table: its presence may let the converter change the length of the text. */
export const SHIFTING = 2;
/**
 * Bit of a UTF-16 code in the table: the converter changes it wherever it stands, in a text without SHIFTING codes
 * or ideographic description characters (no stage can leave it as it is, nor bring it back).
 */
export const ALWAYS = 4;

/** Ideographic description characters (U+2FF0 to U+2FFF): the converter steps over the sequence each opens as one unit. */
export const IDS_FIRST = 0x2ff0;
export const IDS_LAST = 0x2fff;

/** The entries of a dictionary as [key, value] pairs. */
function entriesOf(dict: DictLike): (readonly [string, string])[] {
  if (typeof dict !== 'string') return [...dict];
  return dict.split('|').map((entry) => {
    const [key, value] = entry.split(' ');
    return [key, value ?? key] as const;
  });
}

/** The first code of `key` that differs from `value` at the same place (the last code when one is a prefix of the other). */
function witness(key: string, value: string): number {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== value.charCodeAt(i)) return key.charCodeAt(i);
  return key.charCodeAt(key.length - 1);
}

/** The CHANGEABLE / SHIFTING bits of every UTF-16 code (65,536 bytes, built once) for the converter's dictionaries. */
export function changeableTable(dicts: readonly DictLike[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  const sameLength: (readonly [string, string])[] = [];
  for (const [key, value] of dicts.flatMap(entriesOf)) {
    if (key.length === 0 || key === value) continue;
    if (key.length !== value.length) table[witness(key, value)] |= SHIFTING;
    else {
      sameLength.push([key, value]);
      for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== value.charCodeAt(i)) table[key.charCodeAt(i)] |= CHANGEABLE;
    }
  }
  // Note: closure over the stages, whatever their order: a key code that some entry turns into a SHIFTING code is SHIFTING.
  for (let grown = true; grown; ) {
    grown = false;
    for (const [key, value] of sameLength) {
      for (let i = 0; i < key.length; i++) {
        if ((table[value.charCodeAt(i)] & SHIFTING) !== 0 && (table[key.charCodeAt(i)] & SHIFTING) === 0) {
          table[key.charCodeAt(i)] |= SHIFTING;
          grown = true;
        }
      }
    }
  }
  return table;
}

/** Per code, what one stage may turn it into at its place: the values' codes where a same-length key holds it. */
function stageOutputs(group: readonly DictLike[]): { outputs: Map<number, Set<number>>; replaced: Set<number> } {
  const outputs = new Map<number, Set<number>>();
  // Note: a code that is a one-character key is always replaced (a match covers every place where it stands).
  const replaced = new Set<number>();
  for (const [key, value] of group.flatMap(entriesOf)) {
    if (key.length !== value.length) continue;
    if (key.length === 1) replaced.add(key.charCodeAt(0));
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let out = outputs.get(code);
      if (out === undefined) outputs.set(code, (out = new Set()));
      out.add(value.charCodeAt(i));
    }
  }
  return { outputs, replaced };
}

/**
 * Marks ALWAYS on the CHANGEABLE codes of `table` that no run of the stages (dictionary groups, in the converter's
 * order) can give back: what a code may become after each stage is followed through all of them.
 * Note: a lower bound of the codes conversion changes, so that script detection can tell most Traditional texts apart
 * without converting them; length-changing entries are left out, as they never match in a text without SHIFTING codes.
 */
export function markAlwaysChanged(table: Uint8Array, stages: readonly (readonly DictLike[])[]): void {
  const steps = stages.map(stageOutputs);
  for (let code = 0; code < table.length; code++) {
    if ((table[code] & CHANGEABLE) === 0) continue;
    let possible = new Set([code]);
    for (const { outputs, replaced } of steps) {
      const next = new Set<number>();
      for (const c of possible) {
        if (!replaced.has(c)) next.add(c);
        for (const out of outputs.get(c) ?? []) next.add(out);
      }
      possible = next;
    }
    if (!possible.has(code)) table[code] |= ALWAYS;
  }
}
