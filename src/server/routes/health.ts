import type { FastifyPluginCallback } from 'fastify';
import type { Health } from '../../shared/sync';
import type { Database } from '../database/database';
import { pingDatabase } from '../repositories/settings-repository';

/**
 * GET /api/v1/health: liveness and readiness in one — 200 when the database answers, 503 when
 * not (a load balancer then stops sending traffic here). No auth, no version headers.
 */
export const healthRoutes: FastifyPluginCallback<{ database: Database }> = (app, options, done) => {
  app.get('/api/v1/health', async (request, reply) => {
    try {
      await pingDatabase(options.database);
      return { status: 'ok', database: 'ok' } satisfies Health;
    } catch (error) {
      request.log.warn({ err: error }, 'health check: database unreachable');
      return reply
        .code(503)
        .send({ status: 'unavailable', database: 'unreachable' } satisfies Health);
    }
  });
  done();
};
