import {
  insightsResponseSchema,
  queryOfFilters,
  type Dashboard,
  type InsightsFilters,
} from '../../../../shared/insights';
import { PROTOCOL_VERSION, SCHEMA_VERSION, SYNC_HEADERS } from '../../../../shared/sync';
import type { ServerConnection } from '../../app/session';

/**
 * The dashboard over the team's data from the sync server (`GET /api/v1/insights`), computed
 * there with the same aggregation. Throws with the server's message on a refusal, and when the
 * answer is not a dashboard.
 */
export async function fetchTeamDashboard(
  connection: ServerConnection,
  filters: InsightsFilters,
  today: string,
  calendar: string,
  signal?: AbortSignal,
): Promise<Dashboard> {
  const response = await fetch(
    `${connection.serverUrl.replace(/\/$/, '')}/api/v1/insights?${queryOfFilters(filters, today, calendar)}`,
    {
      signal,
      headers: {
        authorization: `Bearer ${connection.token}`,
        [SYNC_HEADERS.protocolVersion]: String(PROTOCOL_VERSION),
        [SYNC_HEADERS.schemaVersion]: String(SCHEMA_VERSION),
        [SYNC_HEADERS.appVersion]: import.meta.env.VITE_APP_VERSION,
      },
    },
  );
  const body: unknown = await response.json();
  if (!response.ok) {
    const message =
      typeof body === 'object' && body !== null && 'message' in body
        ? String(body.message)
        : response.statusText;
    throw new Error(message);
  }
  return insightsResponseSchema.parse(body).dashboard;
}
