import autocannon from 'autocannon';
import type { WorkloadRequest } from './analystWorkload.js';

export interface LoadRun {
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  /** Latency percentiles of every response, in ms. */
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /** Responses with a status other than 2xx. */
  readonly non2xx: number;
  /** 200 responses whose body carries GraphQL `errors`. */
  readonly graphqlErrors: number;
  /** Connection errors and timeouts autocannon saw. */
  readonly socketErrors: number;
  readonly timeouts: number;
  /** The first failing response, to say what went wrong. */
  readonly firstFailure?: string;
}

export interface LoadOptions {
  readonly connections: number;
  readonly seconds: number;
  readonly headers?: Record<string, string>;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN) : NaN;

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Sends `workload` (in turn, round and round, on every connection) to `${url}/graphql` with autocannon for `seconds` over
 * `connections` keep-alive connections. Latencies are recorded per response,
 * so p95 is exact (autocannon's own summary has p97.5, not p95); every body is
 * checked for GraphQL errors, which come with status 200 for some failures.
 */
export async function runLoad(
  url: string,
  workload: readonly WorkloadRequest[],
  options: LoadOptions,
): Promise<LoadRun> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let firstFailure: string | undefined;
  const onResponse = (status: number, body: string): void => {
    const failed = status < 200 || status > 299 || body.includes('"errors":');
    if (status >= 200 && status <= 299 && failed) graphqlErrors++;
    if (failed && firstFailure === undefined) firstFailure = `${status} ${body.slice(0, 300)}`;
  };
  const requests = workload.map((r) => ({
    method: 'POST' as const,
    path: '/graphql',
    body: JSON.stringify({ query: r.query, variables: r.variables }),
    onResponse,
  }));
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        headers: { 'content-type': 'application/json', ...options.headers },
        requests,
        timeout: 30,
      },
      (error: Error | null, finished: autocannon.Result) => (error ? fail(error) : done(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => void latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: latencies.length,
    requestsPerSecond: round(latencies.length / options.seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? NaN),
    non2xx: result.non2xx,
    graphqlErrors,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    ...(firstFailure !== undefined ? { firstFailure } : {}),
  };
}
