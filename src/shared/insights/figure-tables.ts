import type { Dashboard } from './dashboard';
import { figureIds, type FigureId, type FigureTable } from './figures';
import { labelsFor } from './figures';
import { contentTables } from './figure-tables-content';
import { needsTables } from './figure-tables-needs';
import { serviceTables } from './figure-tables-service';
import { trendTables } from './figure-tables-trends';
import type { Translate } from './translate';

/**
 * Every figure of a dashboard as a table, in `figureIds` order. The one source of what the UI's
 * table views, the charts, the CSV and XLSX exports and the PDF show, so they never disagree.
 */
export function dashboardFigures(dashboard: Dashboard, t: Translate): FigureTable[] {
  const labels = labelsFor(dashboard, t);
  const tables = [
    ...trendTables(dashboard, labels),
    ...serviceTables(dashboard, labels),
    ...contentTables(dashboard, labels),
    ...needsTables(dashboard, labels),
  ];
  const byId = new Map(tables.map((table) => [table.id, table]));
  return figureIds.flatMap((id) => byId.get(id) ?? []);
}

/** One figure by id. Throws a RangeError for an id the dashboard does not have. */
export function dashboardFigure(dashboard: Dashboard, t: Translate, id: FigureId): FigureTable {
  const table = dashboardFigures(dashboard, t).find((candidate) => candidate.id === id);
  if (table === undefined) throw new RangeError(`No figure ${id}`);
  return table;
}
