import type { Timestamp } from '../schemas/common';
import type { SafetyAction } from '../schemas/safety-action';
import type { SafetyReport } from '../schemas/safety-report';
import { compareTimestamps } from './forwarding';

/** The life cycle of PRODUCT.md: flagged → forwarded → acknowledged (PV case id) → reconciled. */
export type SafetyLifecycleStatus = 'flagged' | 'forwarded' | 'acknowledged' | 'reconciled';

export type SafetyLifecycle = {
  status: SafetyLifecycleStatus;
  forwardedAt: Timestamp | null;
  acknowledgedAt: Timestamp | null;
  pvCaseId: string | null;
  reconciledAt: Timestamp | null;
};

/**
 * Where a report stands, from the report and its actions. An acknowledgement or reconciliation
 * recorded before the report was forwarded does not count (PV cannot acknowledge what it never
 * received); the earliest acknowledgement wins, so a duplicate acknowledgement changes nothing.
 */
export function reportLifecycle(
  report: Pick<SafetyReport, 'id' | 'forwarding'>,
  actions: readonly SafetyAction[],
): SafetyLifecycle {
  const forwardedAt = report.forwarding?.at ?? null;
  const own = actions
    .filter((action) => action.reportId === report.id && !action.deleted)
    .sort((first, second) => compareTimestamps(first.occurredAt, second.occurredAt));
  const acknowledgement =
    forwardedAt === null ? undefined : own.find((action) => action.kind === 'acknowledged');
  const reconciliation =
    acknowledgement === undefined ? undefined : own.find((action) => action.kind === 'reconciled');
  const status: SafetyLifecycleStatus = reconciliation
    ? 'reconciled'
    : acknowledgement
      ? 'acknowledged'
      : forwardedAt !== null
        ? 'forwarded'
        : 'flagged';
  return {
    status,
    forwardedAt,
    acknowledgedAt: acknowledgement?.occurredAt ?? null,
    pvCaseId: acknowledgement?.kind === 'acknowledged' ? acknowledgement.pvCaseId : null,
    reconciledAt: reconciliation?.occurredAt ?? null,
  };
}
