/**
 * When a client tries again after a failed sync: exponential backoff with full jitter (a random
 * delay between 0 and base × 2^attempt, capped), so hundreds of laptops coming back online after
 * a server outage do not return in lockstep. Pure: the random source is a parameter.
 */

/** The bounds of the backoff. */
export type BackoffPolicy = { baseMs: number; maxMs: number };

/** 1 s doubling up to 5 minutes: a field laptop retries often at first, then rests. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 5 * 60_000 };

/**
 * The delay before retry number `attempt` (1 for the first retry).
 * @param random a number in [0, 1), e.g. Math.random()
 * @throws never
 */
export function backoffDelay(
  attempt: number,
  random: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  // Never 0: a retry loop without any pause would spin.
  return Math.max(Math.round(random * ceiling), Math.min(100, ceiling));
}

/**
 * The delay a server asked for with `retry-after` (seconds or an HTTP date), or null.
 * @throws never
 */
export function retryAfterMs(header: string | undefined, now: Date): number | null {
  if (header === undefined || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now.getTime());
}
