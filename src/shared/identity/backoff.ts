/**
 * Increasing delays after wrong passwords (21 CFR 11.300(d): attempts at unauthorised use are
 * detected and slowed). The first three mistakes cost nothing, typos happen; then the wait
 * doubles from 2 seconds up to 5 minutes. Counted per account and kept in the store, so a reload
 * does not reset it.
 */

/** Wrong passwords that are free before the back-off starts. */
export const freeAttempts = 3;

/** The longest wait between two attempts, in seconds. */
export const maximumRetryDelaySeconds = 300;

/** Seconds to wait before the next attempt after `failedAttempts` wrong passwords in a row. */
export function retryDelaySeconds(failedAttempts: number): number {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 0) {
    throw new RangeError(`Failed attempts must be a whole number ≥ 0, not ${failedAttempts}`);
  }
  if (failedAttempts <= freeAttempts) return 0;
  return Math.min(2 ** (failedAttempts - freeAttempts), maximumRetryDelaySeconds);
}

/** The moment the next attempt may be checked, or null when it may be checked at once. */
export function retryNotBefore(now: Date, failedAttempts: number): Date | null {
  const delay = retryDelaySeconds(failedAttempts);
  return delay === 0 ? null : new Date(now.getTime() + delay * 1000);
}
