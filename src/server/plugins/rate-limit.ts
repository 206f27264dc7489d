import rateLimit from '@fastify/rate-limit';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../database/database';
import { countHit, deleteStaleHits } from '../repositories/rate-limits-repository';
import { shareWithParent } from './share-with-parent';

type IncrementCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A @fastify/rate-limit store kept in the database, so several instances count as one (an
 * in-memory store would give an attacker N times the attempts behind a load balancer).
 */
function databaseStore(database: Database): FastifyRateLimitStoreCtor {
  let hitsSinceCleanup = 0;
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, callback: IncrementCallback, timeWindow: number): void {
      hitsSinceCleanup += 1;
      const cleanup =
        hitsSinceCleanup >= 1000 ? deleteStaleHits(database, DAY_MS) : Promise.resolve();
      if (hitsSinceCleanup >= 1000) hitsSinceCleanup = 0;
      cleanup
        .then(() => countHit(database, key, timeWindow))
        .then(
          ({ hits, remainingMs }) => callback(null, { current: hits, ttl: remainingMs }),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
    }

    child(): FastifyRateLimitStore {
      // One table serves every route: keys already carry the route's prefix.
      return this;
    }
  };
}

/**
 * Registers rate limiting for routes that ask for it (`config.rateLimit`); no global limit:
 * sync traffic is authenticated and bounded by body limits.
 */
export const rateLimitPlugin = shareWithParent<{ database: Database }>(async (app, options) => {
  await app.register(rateLimit, { global: false, store: databaseStore(options.database) });
});

/**
 * The login limit key: per client address and user name, so one address cannot try many
 * passwords for a user, and one user's lockout does not lock out a whole office behind one NAT.
 * @throws never
 */
export function loginRateLimitKey(request: FastifyRequest): string {
  const body: unknown = request.body;
  const username =
    typeof body === 'object' &&
    body !== null &&
    'username' in body &&
    typeof body.username === 'string'
      ? body.username.toLowerCase().slice(0, 100)
      : '';
  return `login:${request.ip}:${username}`;
}
