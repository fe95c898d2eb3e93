/** `policy-kg ingest PATH...`: ingests files and folders, with a progress bar on a terminal and a summary table. */
import type { Config } from '../../config.js';
import { ingestPaths, type FileOutcome } from '../../../ingest/ingestFiles.js';
import { GraphWriter } from '../../db/write/graphWriter.js';
import { openDatabase } from '../../runtime.js';
import { describeOutcome, fileTable } from '../ingestReport.js';
import { progressLabel } from '../progress.js';
import { formatTable } from '../table.js';

function progressBar(done: number, total: number, label: string): string {
  const width = 24;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${label}`.slice(0, 120).padEnd(120);
}

/** Plain output (no terminal) reports rate and time left at most this often. */
const PLAIN_PROGRESS_MS = 5000;

/** Prints the summary of an ingest run (a table per outcome plus totals). */
export function summarise(outcomes: FileOutcome[], seconds: number): string[] {
  const ok = outcomes.filter((o): o is Extract<FileOutcome, { ok: true }> => o.ok);
  const sum = (pick: (o: (typeof ok)[number]) => number): number => ok.reduce((a, o) => a + pick(o), 0);
  const chars = sum((o) => o.chars);
  const count = (outcome: (typeof ok)[number]['outcome']): number => ok.filter((o) => o.outcome === outcome).length;
  const rows = [
    ['documents', `${ok.length} ok (${count('created')} new, ${count('replaced')} replaced, ${count('unchanged')} unchanged, ${count('duplicate')} duplicate), ${outcomes.length - ok.length} failed`],
    ['statements', String(sum((o) => o.counts.statements))],
    ['programs', String(sum((o) => o.counts.programs))],
    ['institutions', String(sum((o) => o.counts.institutions))],
    ['regions', String(sum((o) => o.counts.regions))],
    ['targets', String(sum((o) => o.counts.targets))],
    ['relations', String(sum((o) => o.counts.relations))],
    ['time', `${seconds.toFixed(2)} s (${Math.round(chars / Math.max(seconds, 1e-6)).toLocaleString('en-US')} chars/s)`],
  ];
  return formatTable(['', 'ingested'], rows);
}

/** Ingests the paths; exit code 1 when any file failed (after ingesting the rest). */
export async function ingestCommand(config: Config, paths: string[], print: (line: string) => void): Promise<number> {
  if (paths.length === 0) {
    print('usage: policy-kg ingest PATH...');
    return 2;
  }
  const tty = process.stdout.isTTY === true;
  const db = await openDatabase(config, { migrate: true, log: print });
  const began = Date.now();
  let chars = 0;
  let lastReport = began;
  try {
    const outcomes = await ingestPaths(new GraphWriter(db.executor), paths, {
      maxBytes: config.ingest.maxFileBytes,
      onFile: (outcome, i, total) => {
        if (outcome.ok) chars += outcome.chars;
        const now = Date.now();
        const label = progressLabel({ done: i + 1, total, elapsedMs: now - began, chars });
        if (tty) {
          process.stdout.write(progressBar(i + 1, total, `${label} ${outcome.file}`));
          return;
        }
        print(`${describeOutcome(outcome)} ${outcome.file}`);
        if (now - lastReport >= PLAIN_PROGRESS_MS && i + 1 < total) {
          print(`progress: ${label}`);
          lastReport = now;
        }
      },
    });
    if (tty) process.stdout.write('\n');
    for (const line of fileTable(outcomes)) print(line);
    print('');
    for (const line of summarise(outcomes, (Date.now() - began) / 1000)) print(line);
    const failed = outcomes.filter((o) => !o.ok);
    for (const failure of failed) if (!failure.ok) console.error(`error: ${failure.error}`);
    if (outcomes.length === 0) {
      console.error(`error: no .txt, .md, .html, .htm, .pdf or .docx files found under ${paths.join(', ')}`);
      return 1;
    }
    return failed.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
