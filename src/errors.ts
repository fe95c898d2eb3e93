/** Error codes the API and CLI report; each maps to a GraphQL `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base class of errors whose message is safe to show to users. */
export class PolicyKgError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PolicyKgError';
  }
}

/** Neo4j cannot be reached; the message says where it was expected. */
export class ServiceUnavailableError extends PolicyKgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, options);
    this.name = 'ServiceUnavailableError';
  }
}

/** A user-supplied argument is invalid; the message names the argument. */
export class BadUserInputError extends PolicyKgError {
  constructor(message: string) {
    super(ErrorCode.BAD_USER_INPUT, message);
    this.name = 'BadUserInputError';
  }
}

/** A query ran past its transaction timeout. */
export class QueryTimeoutError extends PolicyKgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.QUERY_TIMEOUT, message, options);
    this.name = 'QueryTimeoutError';
  }
}

/**
 * Neo4j refused a transaction for memory (dbms.memory.transaction.total.max): the message gives the limit and what to
 * change; `limit` is Neo4j's figure as it wrote it ("259.9 MiB"), or null when its message had none.
 */
export class TransactionMemoryError extends PolicyKgError {
  constructor(
    message: string,
    readonly limit: string | null,
    options?: { cause?: unknown },
  ) {
    super(ErrorCode.QUERY_TOO_COMPLEX, message, options);
    this.name = 'TransactionMemoryError';
  }
}

/** Starting or talking to the local Neo4j failed; the message says what to do and where the log is. */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}
