/** A character trie over region surface forms with leftmost-longest matching and the end restrictions of short and ambiguous forms. */
import { getLexicon } from '../lexicon/index.js';
import type { SurfaceEntry } from './surfaceIndex.js';

interface TrieNode {
  next: Map<number, TrieNode> | null;
  entry: SurfaceEntry | null;
}

/** A surface form found in a text (local offsets, end exclusive). */
export interface SurfaceMatch {
  start: number;
  end: number;
  entry: SurfaceEntry;
}

const codes = (chars: Iterable<string>): Set<number> => new Set(Array.from(chars, (c) => c.charCodeAt(0)));

/** The lexicon's end conditions of restricted forms, as character codes (see regions.yaml). */
interface EndRules {
  /** Single characters after which a BOUNDARY-restricted (short) form may end: heads, particles, conjunctions. */
  followChars: ReadonlySet<number>;
  /** Words after which a BOUNDARY-restricted form may end: institution heads, generic co-operation words. */
  followWords: readonly string[];
  followWordFirst: ReadonlySet<number>;
  /** Characters after which a SEPARATOR-restricted form may end besides non-CJK characters. */
  separatorChars: ReadonlySet<number>;
  /** Characters between two places that make the second an item of the same list (、, a pair's dash). */
  listJoiners: ReadonlySet<number>;
  /** Characters that turn a full name's final head into an ordinary word: 市场, 区域, 区块. */
  badFollow: ReadonlyMap<number, ReadonlySet<number>>;
  /** Verbs of coming, going and staying (在, 赴, 到 …): a short form right after one is a place whatever follows it … */
  placeVerbs: ReadonlySet<number>;
  /** … but before a natural feature's character (在鄱阳湖: the lake, not 鄱阳县). */
  featureChars: ReadonlySet<number>;
}

function endRules(): EndRules {
  const { followChars, followWords, separatorChars, listJoiners, badFollow, movementVerbs, featureChars } = getLexicon().regions;
  return {
    followChars: codes(followChars),
    followWords,
    followWordFirst: codes(followWords.map((w) => w[0])),
    separatorChars: codes(separatorChars),
    listJoiners: codes(listJoiners),
    badFollow: new Map([...badFollow].map(([ch, bad]) => [ch.charCodeAt(0), codes(bad)])),
    placeVerbs: codes(movementVerbs),
    featureChars: codes(featureChars),
  };
}

/** True for CJK ideographs (the characters that can continue a Chinese word). */
export function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Slots of the filter over the first two characters of the forms (a power of two). */
const PAIR_SLOTS = 1 << 16;

/** The slot of a pair of character codes in the pair filter. */
export function pairSlot(first: number, second: number): number {
  return (Math.imul(first, 31) + second) & (PAIR_SLOTS - 1);
}

/** The slot of a pair of character codes in the filter's second table: another hash, so few pairs share both slots. */
export function pairCheckSlot(first: number, second: number): number {
  return Math.imul((first << 16) | second, 0x9e3779b1) >>> 16;
}

/** Leftmost-longest matcher of region surface forms, built once over the surface index. */
export class SurfaceMatcher {
  private readonly root = new Map<number, TrieNode>();
  // Note: the codes that start some form, for a test cheaper than a map lookup at each character of a statement (most
  // characters start none).
  private readonly starts = new Uint8Array(0x10000);
  // Note: the bit of the slot of the first two characters of each form is set: a third of a statement's characters start
  // a form, but few of them with its second character, and this test spares those the look-ups in the trie's maps. Bits,
  // not bytes: the slots are spread at random, and 8 kB stay in the cache where 64 kB did not.
  private readonly pairs = new Int32Array(PAIR_SLOTS >>> 5);
  // Note: a pair passes only with its bit set in a second table by another hash too: one in twenty pairs of a statement
  // shared a slot with a form's, and each of them cost the trie's map look-ups (cache misses in the pipeline).
  private readonly pairChecks = new Int32Array(PAIR_SLOTS >>> 5);
  /** False when a form has one character only (no second character to test). */
  private pairFilter = true;
  private readonly ends: number[] = [];
  private readonly entries: SurfaceEntry[] = [];
  private readonly rules = endRules();

  constructor(index: ReadonlyMap<string, SurfaceEntry>) {
    for (const [form, entry] of index) this.insert(form, entry);
  }

  private insert(form: string, entry: SurfaceEntry): void {
    let level = this.root;
    let node: TrieNode | undefined;
    if (form.length > 0) this.starts[form.charCodeAt(0)] = 1;
    if (form.length === 1) this.pairFilter = false;
    else if (form.length > 1) {
      const slot = pairSlot(form.charCodeAt(0), form.charCodeAt(1));
      this.pairs[slot >>> 5] |= 1 << (slot & 31);
      const check = pairCheckSlot(form.charCodeAt(0), form.charCodeAt(1));
      this.pairChecks[check >>> 5] |= 1 << (check & 31);
    }
    for (let k = 0; k < form.length; k++) {
      const code = form.charCodeAt(k);
      node = level.get(code);
      if (!node) {
        node = { next: null, entry: null };
        level.set(code, node);
      }
      if (k < form.length - 1) level = node.next ??= new Map();
    }
    if (node) node.entry = entry;
  }

  /** Whether some form starts with the character of this code. */
  startsWithCode(code: number): boolean {
    return this.starts[code] === 1;
  }

  /** Whether a form may start at `i`: its first character starts one, and its first two a form's first two (a cheap test). */
  mayStartAt(text: string, i: number): boolean {
    return this.starts[text.charCodeAt(i)] === 1 && this.mayContinueAt(text, i);
  }

  /**
   * The second half of `mayStartAt`, for a caller that knows some form starts with text[i]: whether the first two
   * characters at `i` may be a form's first two.
   */
  mayContinueAt(text: string, i: number): boolean {
    if (!this.pairFilter) return true;
    if (i + 1 >= text.length) return false;
    const first = text.charCodeAt(i);
    const second = text.charCodeAt(i + 1);
    const slot = pairSlot(first, second);
    if ((this.pairs[slot >>> 5] & (1 << (slot & 31))) === 0) return false;
    const check = pairCheckSlot(first, second);
    return (this.pairChecks[check >>> 5] & (1 << (check & 31))) !== 0;
  }

  /** Whether any surface form (restrictions ignored) starts at `i`. */
  startsAt(text: string, i: number): boolean {
    if (!this.mayStartAt(text, i)) return false;
    let node = this.root.get(text.charCodeAt(i));
    let j = i + 1;
    while (node) {
      if (node.entry) return true;
      if (!node.next || j >= text.length) return false;
      node = node.next.get(text.charCodeAt(j++));
    }
    return false;
  }

  /**
   * Whether a BOUNDARY-restricted form may end at `end`: at the end of the text, before a non-CJK character, before a follow
   * character or word (区, 的, 、, 学校, 教育 …), or before another region name (广州南沙). `placed`: the form follows a
   * verb of coming or staying (在南沙设立, 赴康定支教), where any character but a natural feature's may follow it.
   */
  private boundaryAt(text: string, end: number, placed: boolean): boolean {
    if (end >= text.length) return true;
    const code = text.charCodeAt(end);
    if (!isCjk(code) || this.rules.followChars.has(code)) return true;
    if (placed && !this.rules.featureChars.has(code)) return true;
    if (this.rules.followWordFirst.has(code)) {
      for (const word of this.rules.followWords) if (text.startsWith(word, end)) return true;
    }
    return this.startsAt(text, end);
  }

  /** Whether a SEPARATOR-restricted form may end at `end`: at the end, before a non-CJK character, 、 or a conjunction. */
  private separatorAt(text: string, end: number): boolean {
    if (end >= text.length) return true;
    const code = text.charCodeAt(end);
    return !isCjk(code) || this.rules.separatorChars.has(code);
  }

  private acceptable(text: string, end: number, entry: SurfaceEntry, listed: boolean, placed: boolean): boolean {
    if (entry.restriction !== 'FREE' && !listed) {
      if (entry.restriction === 'PLACED') return placed && this.boundaryAt(text, end, placed);
      return entry.restriction === 'BOUNDARY' ? this.boundaryAt(text, end, placed) : this.separatorAt(text, end);
    }
    if (end >= text.length) return true;
    const bad = this.rules.badFollow.get(text.charCodeAt(end - 1));
    return !bad || !bad.has(text.charCodeAt(end));
  }

  /**
   * The longest acceptable surface form starting at `i`, or null. `listed`: the form continues a list of regions
   * (鹿城、龙湾、平阳通过 — the previous item was a region ending right before a 、), which lifts the boundary rule.
   */
  matchAt(text: string, i: number, listed = false): SurfaceMatch | null {
    if (!this.mayStartAt(text, i)) return null;
    let node = this.root.get(text.charCodeAt(i));
    if (!node) return null;
    let count = 0;
    let j = i + 1;
    while (node) {
      if (node.entry) {
        this.ends[count] = j;
        this.entries[count] = node.entry;
        count++;
      }
      if (!node.next || j >= text.length) break;
      node = node.next.get(text.charCodeAt(j++));
    }
    const placed = i > 0 && this.rules.placeVerbs.has(text.charCodeAt(i - 1));
    for (let k = count - 1; k >= 0; k--) {
      if (this.acceptable(text, this.ends[k], this.entries[k], listed, placed)) return { start: i, end: this.ends[k], entry: this.entries[k] };
    }
    return null;
  }

  /**
   * Whether position `i` follows a region and a list's joiner directly ("region、", "region—": regions.listJoiners), where
   * `lastEnd` is the end of the previous region mention.
   */
  continuesList(text: string, i: number, lastEnd: number): boolean {
    return i === lastEnd + 1 && this.rules.listJoiners.has(text.charCodeAt(lastEnd));
  }

  /** All non-overlapping acceptable surface forms of a text, leftmost-longest. */
  findAll(text: string): SurfaceMatch[] {
    const out: SurfaceMatch[] = [];
    let lastEnd = -2;
    for (let i = 0; i < text.length; ) {
      const m = this.matchAt(text, i, this.continuesList(text, i, lastEnd));
      if (m) {
        out.push(m);
        i = lastEnd = m.end;
      } else i++;
    }
    return out;
  }
}
