// Load generation: HTTP through autocannon (a maintained load tool), the raw SQL through the
// same number of concurrent loops, both bounded in count and time, with per-request times.
import autocannon from "autocannon";

export interface Stats {
  count: number;
  errors: number;
  p50: number;
  p95: number;
  /** Completed requests per second over the run. */
  rps: number;
}

/** Per-request times (ms) and the span (s) in which they completed. */
export function stats(times: number[], seconds: number, errors = 0): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return {
    count: sorted.length,
    errors,
    p50: at(0.5) ?? Number.NaN,
    p95: at(0.95) ?? Number.NaN,
    rps: seconds > 0 ? sorted.length / seconds : 0,
  };
}

export interface HttpRequestSpec {
  path: string;
  cookie: string;
}

export interface RunLimits {
  connections: number;
  /** Stop after this many requests in all… */
  amount: number;
  /** …or after this many seconds, whichever comes first. */
  maxSeconds: number;
}

/** `connections` concurrent users sending `request` over keep-alive connections. */
export async function runHttp(
  base: string,
  request: HttpRequestSpec,
  limits: RunLimits,
): Promise<Stats> {
  const times: number[] = [];
  let errors = 0;
  // Throughput over the span from the first request's start to the last one's end.
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}${request.path}`,
        headers: { cookie: request.cookie },
        connections: limits.connections,
        // With an amount autocannon ignores its duration: the timer below stops it instead.
        amount: limits.amount,
        timeout: 120,
        // One request at a time on each connection, as a browser tab does.
        pipelining: 1,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    const timer = setTimeout(() => instance.stop(), limits.maxSeconds * 1000);
    instance.on("done", () => clearTimeout(timer));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      const now = performance.now();
      first = Math.min(first, now - responseTime);
      last = Math.max(last, now);
      if (statusCode >= 400) errors++;
      else times.push(responseTime);
    });
  });
  errors += result.errors + result.timeouts;
  return stats(times, (last - first) / 1000, errors);
}

/** `limits.connections` loops running `query` until the amount or the time is used up. */
export async function runConcurrent(
  query: () => Promise<unknown>,
  limits: RunLimits,
): Promise<Stats> {
  const times: number[] = [];
  let started = 0;
  let errors = 0;
  const begin = performance.now();
  const deadline = begin + limits.maxSeconds * 1000;
  const loop = async () => {
    while (started < limits.amount && performance.now() < deadline) {
      started++;
      const t = performance.now();
      try {
        await query();
        times.push(performance.now() - t);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: limits.connections }, loop));
  return stats(times, (performance.now() - begin) / 1000, errors);
}

/** Runs `a` and `b` alternately `rounds` times (one user, interleaved): their times. */
export async function interleaved(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  rounds: number,
): Promise<[Stats, Stats]> {
  const ta: number[] = [];
  const tb: number[] = [];
  const begin = performance.now();
  for (let i = 0; i < rounds; i++) {
    for (const [run, into] of [
      [a, ta],
      [b, tb],
    ] as const) {
      const t = performance.now();
      await run();
      into.push(performance.now() - t);
    }
  }
  const seconds = (performance.now() - begin) / 1000;
  // Each side had about half of the wall time.
  return [stats(ta, seconds / 2), stats(tb, seconds / 2)];
}
