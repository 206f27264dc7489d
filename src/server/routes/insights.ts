import type { FastifyPluginCallback } from 'fastify';
import { holidaysBetween } from '../../shared/domain/business-calendar';
import {
  computeDashboard,
  filtersOfQuery,
  insightsQuerySchema,
  maxLinkedIds,
  type InsightsResponse,
} from '../../shared/insights';
import type { UserRole } from '../../shared/sync';
import type { Database } from '../database/database';
import { HttpError, validationError } from '../http-error';
import { teamInput } from '../insights/team-input';
import { getCaller } from '../plugins/authentication';
import { listInsightsRecords } from '../repositories/insights-repository';

/**
 * Roles that see the team's figures: headquarters MI, and administrators, who run the service
 * and get aggregates only — counts and ids, never a record's content or personal data.
 */
const INSIGHTS_ROLES: readonly UserRole[] = ['mi-specialist', 'admin'];

/** GET /api/v1/insights: the dashboard over the team's records (docs/sync-protocol.md). */
export const insightsRoutes: FastifyPluginCallback<{ database: Database }> = (
  app,
  options,
  done,
) => {
  app.get('/api/v1/insights', async (request): Promise<InsightsResponse> => {
    const caller = getCaller(request);
    if (!INSIGHTS_ROLES.includes(caller.role)) {
      throw new HttpError(403, {
        error: 'forbidden',
        message: `The role ${caller.role} may not see the team's insights.`,
      });
    }
    const parsed = insightsQuerySchema.safeParse(request.query);
    if (!parsed.success) throw validationError(parsed.error.issues, 'insights query');
    const query = parsed.data;
    const filters = filtersOfQuery(query);
    const { input, skippedRecords } = teamInput(await listInsightsRecords(options.database));
    const firstYear = input.inquiries.reduce(
      (year, inquiry) => Math.min(year, Number(inquiry.receivedAt.slice(0, 4))),
      Number(query.today.slice(0, 4)),
    );
    try {
      const holidays = holidaysBetween(
        query.calendar,
        firstYear - 1,
        Number(query.today.slice(0, 4)) + 1,
      );
      input.holidays = [...holidays];
    } catch (error) {
      // holidaysBetween refuses a country it has no calendar for.
      throw new HttpError(400, {
        error: 'invalid-request',
        message: error instanceof Error ? error.message : String(error),
      });
    }
    const dashboard = computeDashboard(input, filters, query.today, { idLimit: maxLinkedIds });
    request.log.info(
      { userId: caller.userId, inquiries: dashboard.totals.inquiries, skippedRecords },
      'insights',
    );
    return { dashboard, skippedRecords };
  });
  done();
};
