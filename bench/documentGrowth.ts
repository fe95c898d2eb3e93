/**
 * `npm run bench:document-growth`: whether extracting one document takes time in proportion to its length, without
 * Neo4j. Two shapes of long document, each doubled three times:
 * - the sample and the shared texts joined into one document 1, 2, 4 and 8 times (the same names again and again);
 * - a generated list of projects, each line a school with the short form it defines (以下简称“…”) and a quoted project,
 *   and a later line using both: thousands of distinct names, short forms and quotations in one document;
 * - a generated directory of institutes, each defining its short form, and a later line naming each by it with a partner.
 * Prints each document's size, its fastest extraction of five, chars/s, and how much longer each doubling takes (2.0
 * is linear; a search of every statement for every name would tend to 4).
 */
import os from 'node:os';
import { extractText, prepareSegmenter } from '../ingest/pipeline.js';
import { projectRoot } from '../src/project-root.js';
import { corpusTexts } from './lib/corpus.js';

const NUMERALS = '零一二三四五六七八九';
/** A number written in Chinese numerals, padded so that no short form holds another (〇〇一中 is not inside 〇一一中). */
const numeral = (i: number, width: number): string => [...String(i).padStart(width, '0')].map((d) => NUMERALS[Number(d)]).join('');

/** A list of `n` projects: a school defining its short form and running a quoted project, then a line using both. */
function projectList(n: number): string {
  const width = String(n).length;
  const lines = ['某区重点项目清单'];
  for (let i = 1; i <= n; i++) lines.push(`${i}. 第${i}中学（以下简称“${numeral(i, width)}中”）实施“${numeral(i, width)}号工程”。`);
  for (let i = 1; i <= n; i++) lines.push(`${n + i}. ${numeral(i, width)}中在鄞州区推进“${numeral(i, width)}号工程”建设。`);
  return lines.join('\n');
}

/** Numerals of another kind, so that an institute's short form reads as a name (甲乙海研院). */
const STEMS = '甲乙丙丁戊己庚辛壬癸';

/** A directory of `n` institutes, each defining its short form, then a line for each naming it by that form. */
function instituteDirectory(n: number): string {
  const width = String(n).length;
  const stem = (i: number): string => [...String(i).padStart(width, '0')].map((d) => STEMS[Number(d)]).join('');
  const lines = ['某局直属单位名录'];
  for (let i = 1; i <= n; i++) lines.push(`${i}. ${stem(i)}海洋科学研究院（以下简称“${stem(i)}海研院”）牵头。`);
  for (let i = 1; i <= n; i++) lines.push(`${stem(i)}海研院与宁波市科学技术局合作。`);
  return lines.join('\n');
}

/** The fastest of five extractions of `text`, in ms. */
function fastestMs(text: string): number {
  let fastest = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    extractText(text, { source: 'growth.txt', sha256: '0' });
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const joined = (await corpusTexts(projectRoot())).map((t) => t.text).join('\n');
prepareSegmenter();
// Note: two seconds of both shapes first, so that the first size is not measured while the code is still compiled.
for (const began = performance.now(); performance.now() - began < 2000; ) {
  extractText(joined, { source: 'warm.txt', sha256: '0' });
  extractText(projectList(500), { source: 'warm.txt', sha256: '0' });
  extractText(instituteDirectory(200), { source: 'warm.txt', sha256: '0' });
}

console.log(`policy-kg document-growth benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
const shapes: [string, (k: number) => string][] = [
  ['shared texts joined k times', (k) => Array<string>(k).fill(joined).join('\n')],
  ['project list, 2,000·k names', (k) => projectList(2000 * k)],
  ['institutes, 1,000·k short forms', (k) => instituteDirectory(1000 * k)],
];
for (const [name, make] of shapes) {
  let previous: number | null = null;
  for (const k of [1, 2, 4, 8]) {
    const text = make(k);
    const ms = fastestMs(text);
    const growth = previous === null ? '' : `, ×${(ms / previous).toFixed(2)} the time of half the length`;
    console.log(`${name.padEnd(32)} k=${k}: ${fmt(text.length).padStart(9)} chars in ${fmt(ms).padStart(6)} ms = ${fmt(text.length / (ms / 1000)).padStart(9)} chars/s${growth}`);
    previous = ms;
  }
}
