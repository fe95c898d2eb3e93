/** Why a source file could not be read into text. */
export type IngestFileErrorCode =
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'BINARY'
  | 'UNDECODABLE'
  | 'NO_CHINESE'
  | 'LINE_TOO_LONG'
  | 'UNSUPPORTED_TYPE'
  | 'ENCRYPTED'
  | 'NO_TEXT_LAYER'
  | 'CORRUPT';

/** A per-file ingest failure whose message names the file and the reason in plain words. */
export class IngestFileError extends Error {
  override readonly name = 'IngestFileError';
  readonly file: string;
  readonly code: IngestFileErrorCode;

  constructor(file: string, code: IngestFileErrorCode, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${reason}`, options);
    this.file = file;
    this.code = code;
  }
}

/** Formats a byte count for people: "812 bytes", "3.4 KB", "7.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} ${units[unit]}`;
}
