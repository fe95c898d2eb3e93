/**
 * Numbers whose thousands are grouped by a space (28 600名, 1 150个), as the Hong Kong government writes them in Chinese,
 * with a comma in the space, one character for one: the readers of amounts then find the whole number (not 600名), and
 * every offset still points into the original text.
 */

/**
 * A number of one to three digits, then groups of three digits each after a single space (an ordinary, no-break or thin
 * one), not inside a longer number or a decimal (2891 0088 is no number of thousands: its groups are of four).
 */
const GROUPED = /(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,])/g;
/** The spaces a group may follow. */
const GROUP_SPACE = /[ \u00a0\u2009\u202f]/g;

/** `text` with the spaces grouping a number's thousands written as commas (same length, same offsets); the text itself when it has none. */
export function withGroupedDigits(text: string): string {
  return text.replace(GROUPED, (number: string) => number.replace(GROUP_SPACE, ','));
}
