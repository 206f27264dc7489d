import type { Dashboard } from './dashboard';
import {
  column,
  percent,
  plainRow,
  type FigureLabels,
  type FigureRow,
  type FigureTable,
} from './figures';

/** Business days to one decimal: interpolated percentiles are not worth more digits. */
function oneDecimal(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

function measureRow(
  labels: FigureLabels,
  measure: string,
  value: number | null,
  inquiries?: { count: number; inquiryIds: string[] },
): FigureRow {
  const cells = { measure: labels.t(`insights.measure.${measure}`), value };
  return inquiries ? { cells, ...inquiries } : plainRow(cells);
}

/** Turnaround, SLA and open work; safety report reconciliation. */
export function serviceTables(dashboard: Dashboard, labels: FigureLabels): FigureTable[] {
  const { t } = labels;
  const service = dashboard.serviceLevel;
  const safety = dashboard.safety;
  const columns = [column(t, 'measure'), column(t, 'value', true)];
  const linked = (ids: string[], count: number): { count: number; inquiryIds: string[] } => ({
    count,
    inquiryIds: ids,
  });
  return [
    {
      id: 'serviceLevel',
      title: t('insights.figure.serviceLevel'),
      hint: t('insights.figure.serviceLevelHint'),
      chart: 'none',
      isStacked: false,
      labelColumn: 'measure',
      seriesColumns: ['value'],
      columns,
      rows: [
        measureRow(labels, 'answered', service.answered),
        measureRow(labels, 'median', oneDecimal(service.medianBusinessDays)),
        measureRow(labels, 'p90', oneDecimal(service.percentile90BusinessDays)),
        measureRow(labels, 'withinSla', service.withinSla),
        measureRow(labels, 'withinSlaShare', percent(service.withinSlaShare)),
        measureRow(labels, 'late', service.late, linked(service.lateIds, service.late)),
        measureRow(labels, 'open', service.open, linked(service.openIds, service.open)),
        measureRow(labels, 'overdue', service.overdue, linked(service.overdueIds, service.overdue)),
      ],
    },
    {
      id: 'safety',
      title: t('insights.figure.safety'),
      hint: t('insights.figure.safetyHint'),
      chart: 'bar',
      isStacked: false,
      labelColumn: 'measure',
      seriesColumns: ['value'],
      columns,
      rows: [
        measureRow(
          labels,
          'captured',
          safety.captured,
          linked(safety.inquiryIds, safety.inquiryIds.length),
        ),
        measureRow(labels, 'forwarded', safety.forwarded),
        measureRow(labels, 'forwardedInTime', safety.forwardedInTime),
        {
          ...measureRow(labels, 'forwardedInTimeShare', percent(safety.forwardedInTimeShare)),
          isOffChart: true,
        },
        measureRow(labels, 'forwardedLate', safety.forwardedLate),
        measureRow(labels, 'acknowledged', safety.acknowledged),
        measureRow(labels, 'safetyOverdue', safety.overdue),
      ],
    },
  ];
}
