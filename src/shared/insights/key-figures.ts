import type { Dashboard } from './dashboard';
import { percent } from './figures';
import type { Translate } from './translate';

export type KeyFigure = {
  id:
    | 'inquiries'
    | 'open'
    | 'overdue'
    | 'median'
    | 'p90'
    | 'withinSla'
    | 'safetyCaptured'
    | 'forwardedInTime'
    | 'acknowledged'
    | 'safetyOverdue';
  label: string;
  value: string;
  /** The inquiries behind the figure, for a link; empty where a figure has none. */
  inquiryIds: string[];
  count: number;
  /** Whether the figure needs attention (overdue work, late forwarding). */
  isAlert: boolean;
};

function days(t: Translate, value: number | null): string {
  return value === null
    ? t('insights.kpi.none')
    : t('insights.kpi.businessDays', { value: Math.round(value * 10) / 10 });
}

function share(t: Translate, value: number | null): string {
  const rounded = percent(value);
  return rounded === null ? t('insights.kpi.none') : `${rounded} %`;
}

/** The headline numbers above the charts and on the first page of the PDF. */
export function keyFigures(dashboard: Dashboard, t: Translate): KeyFigure[] {
  const { totals, serviceLevel: service, safety } = dashboard;
  const figure = (
    id: KeyFigure['id'],
    value: string,
    linked: { inquiryIds: string[]; count: number } = { inquiryIds: [], count: 0 },
    isAlert = false,
  ): KeyFigure => ({ id, label: t(`insights.kpi.${id}`), value, ...linked, isAlert });
  return [
    figure('inquiries', String(totals.inquiries), {
      inquiryIds: totals.inquiryIds,
      count: totals.inquiries,
    }),
    figure('open', String(service.open), { inquiryIds: service.openIds, count: service.open }),
    figure(
      'overdue',
      String(service.overdue),
      { inquiryIds: service.overdueIds, count: service.overdue },
      service.overdue > 0,
    ),
    figure('median', days(t, service.medianBusinessDays)),
    figure('p90', days(t, service.percentile90BusinessDays)),
    figure('withinSla', share(t, service.withinSlaShare)),
    figure('safetyCaptured', String(safety.captured), {
      inquiryIds: safety.inquiryIds,
      count: safety.inquiryIds.length,
    }),
    figure(
      'forwardedInTime',
      share(t, safety.forwardedInTimeShare),
      undefined,
      safety.forwardedLate + safety.overdue > 0,
    ),
    figure('acknowledged', String(safety.acknowledged)),
    figure('safetyOverdue', String(safety.overdue), undefined, safety.overdue > 0),
  ];
}
