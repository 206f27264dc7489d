import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { acknowledgeRequestSchema } from '../../shared/sync';
import type { Database } from '../database/database';
import { HttpError, validationError } from '../http-error';
import { getCaller } from '../plugins/authentication';
import { findUserById } from '../repositories/users-repository';
import { acknowledgeSafetyReport } from '../sync/acknowledge-service';

const parametersSchema = z.object({ id: z.uuid() });

/**
 * POST /api/v1/safety-reports/:id/acknowledge { pvCaseId }: PV's acknowledgement (pv-liaison
 * only). 201 with the new acknowledgement record, 200 when it was already recorded with that
 * case id.
 */
export const safetyReportRoutes: FastifyPluginCallback<{ database: Database }> = (
  app,
  options,
  done,
) => {
  app.post('/api/v1/safety-reports/:id/acknowledge', async (request, reply) => {
    const caller = getCaller(request);
    if (caller.role !== 'pv-liaison') {
      throw new HttpError(403, {
        error: 'forbidden',
        message: 'Only pharmacovigilance (role pv-liaison) acknowledges safety reports.',
      });
    }
    const parameters = parametersSchema.safeParse(request.params);
    if (!parameters.success) throw validationError(parameters.error.issues, 'report id');
    const body = acknowledgeRequestSchema.safeParse(request.body);
    if (!body.success) throw validationError(body.error.issues, 'acknowledgement');
    const user = await findUserById(options.database, caller.userId);
    const { record, isNew } = await acknowledgeSafetyReport(
      options.database,
      { ...caller, displayName: user?.displayName ?? caller.username },
      { reportId: parameters.data.id, pvCaseId: body.data.pvCaseId },
    );
    request.log.info({ userId: caller.userId, reportId: parameters.data.id, isNew }, 'acknowledge');
    return reply.code(isNew ? 201 : 200).send({ record });
  });
  done();
};
