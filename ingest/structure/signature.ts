/**
 * The signature and date of a notice: an organisation line followed by a date line signs the document; the statements
 * of the signature line become CONTEXT once the date shows what they were.
 */
import type { Statement } from '../model.js';

/** Tracks signature lines and dates while the lines are read. */
export class SignatureTracker {
  signedOn: string | null = null;
  issuer: string | null = null;
  firstDate: string | null = null;
  private signature: string | null = null;
  private prevLineSignature: string | null = null;
  private prevLineStatements: [number, number] = [0, 0];

  /** A line that opens a section or part: a signature cannot continue across it. */
  interrupt(): void {
    this.prevLineSignature = null;
  }

  /**
   * A date line (null: one naming its month alone); when a signature line stands just above it, the document is signed and
   * that line was context.
   */
  date(date: string | null, statements: Statement[]): void {
    if (date !== null) this.firstDate ??= date;
    if (this.prevLineSignature) {
      if (date !== null) this.signedOn ??= date;
      this.issuer ??= this.signature;
      for (let i = this.prevLineStatements[0]; i < this.prevLineStatements[1]; i++) {
        statements[i].year = null;
        statements[i].status = 'CONTEXT';
      }
    }
    this.prevLineSignature = null;
  }

  /** An ordinary line, with the organisation it names when it is one (else null). */
  line(organisation: string | null): void {
    if (organisation) {
      if (!this.prevLineSignature) this.signature = organisation;
      this.prevLineSignature = organisation;
    } else this.prevLineSignature = null;
  }

  /** Remembers which statements the last line produced. */
  emitted(from: number, to: number): void {
    this.prevLineStatements = [from, to];
  }
}
