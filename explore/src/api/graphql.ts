/**
 * The explorer's only way to the data: POST /graphql, the public API. A
 * GraphQL error becomes an ApiError carrying the server's own message (the
 * panels show it as it is), never a stack trace.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    /** extensions.code of the first error (BAD_USER_INPUT, FORBIDDEN, …), or HTTP_<status>/NETWORK. */
    readonly code: string,
    /** extensions.problems when the server listed them (a refused facts file). */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; problems?: string[] } }[];
}

/** Where the API is: the same server that serves the explorer. */
export const GRAPHQL_PATH = '/graphql';

export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string | null; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(`the server cannot be reached: ${(error as Error).message}`, 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`the server answered ${response.status} without JSON`, `HTTP_${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) {
    throw new ApiError(first.message, first.extensions?.code ?? `HTTP_${response.status}`, first.extensions?.problems);
  }
  if (!body.data) throw new ApiError(`the server answered ${response.status} without data`, `HTTP_${response.status}`);
  return body.data;
}
