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
