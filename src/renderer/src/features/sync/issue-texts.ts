import type { TFunction } from 'i18next';
import type { SyncIssue } from '../../../../shared/schemas';

const knownReasons = [
  'immutable-forwarded-report',
  'forbidden',
  'invalid-record',
  'unknown-table',
  'unsendable',
  'unsealed-personal-data',
] as const;

const knownTables = [
  'inquiries',
  'products',
  'documents',
  'events',
  'safetyReports',
  'safetyAcknowledgements',
  'letters',
] as const;

/** The kind of record, in words. */
export function tableName(t: TFunction, table: string): string {
  return (knownTables as readonly string[]).includes(table) ? t(`sync.table.${table}`) : table;
}

/** What went wrong, in words a person can act on. */
export function issueProblem(t: TFunction, issue: SyncIssue): string {
  if (issue.kind === 'conflict')
    return issue.conflicts.map((conflict) => conflict.field).join(', ');
  if (issue.kind === 'unreadable') return issue.message;
  return (knownReasons as readonly string[]).includes(issue.reason)
    ? t(`sync.reason.${issue.reason}`)
    : `${t('sync.reason.other')} ${issue.message}`;
}
