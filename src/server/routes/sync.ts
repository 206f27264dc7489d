import type { FastifyPluginCallback } from 'fastify';
import type { PushResponse } from '../../shared/sync';
import { jsonDepth, pullQuerySchema, pushRequestSchema } from '../../shared/sync';
import type { ServerIdentity } from '../crypto/server-identity';
import type { Database } from '../database/database';
import { HttpError, validationError } from '../http-error';
import { getCaller } from '../plugins/authentication';
import { pullChanges } from '../sync/pull-service';
import { pushMutations } from '../sync/push-service';

/**
 * A push nested deeper than this is refused whole (400) before zod's recursive parse. Records
 * deeper than MAX_RECORD_DEPTH but within this bound are rejected one by one (invalid-record),
 * so an over-deep record does not fail its batch.
 */
const MAX_PUSH_BODY_DEPTH = 128;

/** POST /api/v1/sync/push and GET /api/v1/sync/pull (docs/sync-protocol.md). */
export const syncRoutes: FastifyPluginCallback<{ database: Database; identity: ServerIdentity }> = (
  app,
  options,
  done,
) => {
  app.post('/api/v1/sync/push', async (request): Promise<PushResponse> => {
    const caller = getCaller(request);
    // Before zod, whose recursive parse a hostile nesting could push past the stack.
    if (jsonDepth(request.body) > MAX_PUSH_BODY_DEPTH) {
      throw new HttpError(400, {
        error: 'invalid-request',
        message: 'The push body is nested too deeply.',
      });
    }
    const parsed = pushRequestSchema.safeParse(request.body);
    if (!parsed.success) throw validationError(parsed.error.issues, 'push request');
    if (parsed.data.clientId !== caller.deviceId) {
      throw new HttpError(403, {
        error: 'client-mismatch',
        message: 'clientId must be the device id this token was issued to.',
      });
    }
    const results = await pushMutations(
      options.database,
      options.identity.keyring,
      caller,
      parsed.data,
    );
    const counts = { applied: 0, rejected: 0, conflict: 0 };
    for (const result of results) counts[result.status] += 1;
    request.log.info({ userId: caller.userId, deviceId: caller.deviceId, ...counts }, 'push');
    return { results };
  });

  app.get('/api/v1/sync/pull', async (request) => {
    const caller = getCaller(request);
    const parsed = pullQuerySchema.safeParse(request.query);
    if (!parsed.success) throw validationError(parsed.error.issues, 'pull query');
    return pullChanges(options.database, options.identity.serverId, caller, parsed.data);
  });
  done();
};
