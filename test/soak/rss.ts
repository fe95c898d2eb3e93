/** Resident memory of a process from /proc, and a series of samples summarised for a flatness check. */
import fs from 'node:fs';

/** Resident memory over time, in MiB, after the warm-up. */
export interface RssSeries {
  samples: number[];
  /** Mean of the first and the last fifth of the samples after warm-up. */
  start: number;
  end: number;
  peak: number;
  /** (end - start) / start. */
  drift: number;
}

/** Resident set size of a process in MiB, from /proc/<pid>/status; null when it is gone. */
export function rssMiB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Summarises samples taken after the warm-up. */
export function series(samples: number[]): RssSeries {
  const fifth = Math.max(1, Math.floor(samples.length / 5));
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const start = mean(samples.slice(0, fifth));
  const end = mean(samples.slice(-fifth));
  return { samples, start, end, peak: Math.max(...samples), drift: start > 0 ? (end - start) / start : 0 };
}
