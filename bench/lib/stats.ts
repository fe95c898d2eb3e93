/** Small helpers for printing bench figures. */

/** The p-th percentile of ascending numbers. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A whole number with thousands separators. */
export const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Megabytes, rounded. */
export const mb = (bytes: number): string => `${fmt(bytes / 2 ** 20)} MB`;

/** Peak resident memory of this process (worker threads included), in bytes. */
export const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

/** Writes figures as JSON to `file` when given (bench:scale reads them). */
export async function saveFigures(file: string | undefined, figures: object): Promise<void> {
  if (!file) return;
  const fs = await import('node:fs');
  fs.writeFileSync(file, JSON.stringify(figures, null, 2));
}
