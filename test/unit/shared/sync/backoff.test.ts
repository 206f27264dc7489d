import { describe, expect, it } from 'vitest';
import { backoffDelay, retryAfterMs } from '../../../../src/shared/sync';

describe('backoff with jitter', () => {
  it('doubles the ceiling with each attempt up to five minutes, and jitters below it', () => {
    expect(backoffDelay(1, 0.999)).toBe(999);
    expect(backoffDelay(4, 0.999)).toBe(7992);
    expect(backoffDelay(30, 0.999)).toBe(299_700);
    expect(backoffDelay(3, 0.5)).toBe(2000);
  });

  it('never retries without a pause, so a retry loop cannot spin', () => {
    expect(backoffDelay(1, 0)).toBe(100);
  });

  it("honours the server's retry-after in seconds or as a date", () => {
    const now = new Date('2026-03-02T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 02 Mar 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
  });
});
