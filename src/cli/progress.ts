/** Rate and time left for long ingests: "120/1,000 files · 8.1 files/s · 42 k chars/s · ~1 min 49 s left". */

/** Where an ingest stands. */
export interface Progress {
  done: number;
  total: number;
  elapsedMs: number;
  chars: number;
}

/** "45 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

function formatRate(perSecond: number): string {
  if (perSecond >= 1000) return `${Math.round(perSecond / 1000).toLocaleString('en-US')} k`;
  return perSecond >= 10 ? String(Math.round(perSecond)) : perSecond.toFixed(1);
}

/** The progress label; the time left assumes the rate so far holds for the files still to come. */
export function progressLabel(p: Progress): string {
  const seconds = p.elapsedMs / 1000;
  const parts = [`${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} files`];
  if (seconds > 0 && p.done > 0) {
    const filesPerSecond = p.done / seconds;
    parts.push(`${formatRate(filesPerSecond)} files/s`, `${formatRate(p.chars / seconds)} chars/s`);
    if (p.done < p.total) parts.push(`~${formatDuration((p.total - p.done) / filesPerSecond)} left`);
  }
  return parts.join(' · ');
}
