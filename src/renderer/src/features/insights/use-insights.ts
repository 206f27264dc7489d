import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dashboard, EventReport, InsightsFilters } from '../../../../shared/insights';
import type { InsightsSource } from '../../data';
import type { ServerConnection } from '../../app/session';
import { createInsightsEngine, type InsightsEngine } from './insights-engine';
import { fetchTeamDashboard } from './team-insights';

export type InsightsState = {
  dashboard: Dashboard | undefined;
  isComputing: boolean;
  error: string | null;
  /** The event report of one congress, computed by the same engine (local data). */
  computeEventReport: (eventId: string) => Promise<EventReport>;
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The dashboard for the filters: from the local source through the worker engine, or from the
 * server for the team's data. Each new request supersedes the one before; only the latest answer
 * is shown, so quick filter changes never flash an older result. Pass memoised `filters`: a new
 * object starts a new computation.
 */
export function useInsights(
  source: InsightsSource | undefined,
  filters: InsightsFilters,
  today: string,
  team: ServerConnection | null,
): InsightsState {
  const engineRef = useRef<InsightsEngine | null>(null);
  const [loadedSource, setLoadedSource] = useState<InsightsSource | null>(null);
  const [dashboard, setDashboard] = useState<Dashboard | undefined>(undefined);
  const [isComputing, setComputing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const engine = createInsightsEngine();
    engineRef.current = engine;
    return () => {
      engine.dispose();
      engineRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (source === undefined || engineRef.current === null) return;
    engineRef.current.load(source, today);
    setLoadedSource(source);
  }, [source, today]);

  useEffect(() => {
    let isLatest = true;
    const controller = new AbortController();
    const answer =
      team !== null
        ? fetchTeamDashboard(
            team,
            filters,
            today,
            loadedSource?.affiliateCountry ?? 'DE',
            controller.signal,
          )
        : loadedSource === null || engineRef.current === null
          ? null
          : engineRef.current.ask({ kind: 'dashboard', filters: filters, today }).then((result) => {
              if (result.kind !== 'dashboard')
                throw new Error('The engine answered another question');
              return result.dashboard;
            });
    if (answer === null) return undefined;
    setComputing(true);
    answer
      .then((computed) => {
        if (!isLatest) return;
        setDashboard(computed);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (isLatest) setError(messageOf(failure));
      })
      .finally(() => {
        if (isLatest) setComputing(false);
      });
    return () => {
      isLatest = false;
      controller.abort();
    };
  }, [loadedSource, filters, today, team]);

  return useMemo(
    () => ({
      dashboard,
      isComputing,
      error,
      computeEventReport: async (eventId: string) => {
        if (engineRef.current === null) throw new Error('The insights engine is closed');
        const result = await engineRef.current.ask({ kind: 'event-report', eventId, today });
        if (result.kind !== 'event-report') throw new Error('The engine answered another question');
        return result.report;
      },
    }),
    [dashboard, isComputing, error, today],
  );
}
