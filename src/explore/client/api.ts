/// <reference lib="dom" />
/** The explorer's only connection: GraphQL POSTs to /graphql on the server that served the page. */

/** A GraphQL or HTTP failure, with the server's message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
}

/** The API endpoint relative to the page (/explore → /graphql), so a path prefix in front of the app still works. */
export const endpoint = (): string => new URL('graphql', location.href).toString();

/** Runs one operation and returns its data; GraphQL errors become an ApiError naming them. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(endpoint(), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new ApiError(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`HTTP ${response.status}: no data`);
  return body.data;
}
