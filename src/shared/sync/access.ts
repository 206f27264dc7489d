import { z } from 'zod';
import { roleSchema } from '../schemas/user';
import type { Role } from '../schemas/user';

/**
 * Who may read and change which synced table. The server enforces these rules on every mutation
 * and every pulled row; the client uses the same module only to shape its UI. Roles follow the
 * roles table of the product brief (PRODUCT.md).
 */

/** The roles of the product, one per user: the one enum of src/shared/schemas/user.ts. */
export const userRoleSchema = roleSchema;
/** A user's role. */
export type UserRole = Role;

/** Extra grants beyond a role. `reporter-contact`: a pv-liaison may see reporter contact details. */
export const userPermissionSchema = z.enum(['reporter-contact']);
/** An extra grant beyond a role. */
export type UserPermission = z.infer<typeof userPermissionSchema>;

/** The tables that sync. Adding one here and in the server's registry makes it sync. */
export const SYNCED_TABLE_NAMES = [
  'inquiries',
  'letters',
  'safetyReports',
  'safetyActions',
  'signatures',
  'documents',
  'products',
  'documentUses',
  'events',
] as const;
/** The name of a synced table. */
export type SyncedTableName = (typeof SYNCED_TABLE_NAMES)[number];

/** `own`: records whose owner is the user; `all`: every record of the table. */
export type AccessScope = 'none' | 'own' | 'all';
/** The read and write scope of one role on one table. */
export type TableAccess = { read: AccessScope; write: AccessScope };

const NONE: TableAccess = { read: 'none', write: 'none' };
const OWN: TableAccess = { read: 'own', write: 'own' };
const ALL: TableAccess = { read: 'all', write: 'all' };
const READ_ONLY: TableAccess = { read: 'all', write: 'none' };
/** Reads every record, writes only its own (e-signatures: each person signs for themselves). */
const READ_ALL_WRITE_OWN: TableAccess = { read: 'all', write: 'own' };

/**
 * The access table. mi-specialists work on "the team's inquiries": teams are not modelled yet,
 * so for now the team is everyone. Admins manage users and devices, not content (least
 * privilege), so they see no synced table at all.
 */
const ACCESS: Readonly<Record<UserRole, Readonly<Record<SyncedTableName, TableAccess>>>> = {
  // Uses of library documents follow the inquiries they answer (the library issue).
  // Safety actions (acknowledgement, reconciliation, follow-up attempts) follow their report: PV's
  // acknowledgement is written by the server (POST /api/v1/safety-reports/:id/acknowledge) for the
  // report's owner, whose device learns of it by pull. E-signatures are each signer's own. Congress
  // events are shared by the booth staff of a congress, so every MI role reads and changes them.
  'field-officer': {
    inquiries: OWN,
    letters: OWN,
    safetyReports: OWN,
    safetyActions: OWN,
    signatures: OWN,
    documents: READ_ONLY,
    products: READ_ONLY,
    documentUses: OWN,
    events: ALL,
  },
  'mi-specialist': {
    inquiries: ALL,
    letters: ALL,
    safetyReports: ALL,
    safetyActions: ALL,
    signatures: READ_ALL_WRITE_OWN,
    documents: READ_ONLY,
    products: READ_ONLY,
    documentUses: ALL,
    events: ALL,
  },
  // Approvers see how often their documents are used (SRD utilisation), not the inquiries.
  'content-approver': {
    inquiries: NONE,
    letters: NONE,
    safetyReports: NONE,
    safetyActions: NONE,
    signatures: OWN,
    documents: ALL,
    products: ALL,
    documentUses: READ_ONLY,
    events: NONE,
  },
  // A forwarded report itself is immutable: PV acknowledges through its own endpoint, which
  // writes a safety action of kind 'acknowledged'. PV needs the product list to read a report's
  // suspect product, not the MI response library.
  'pv-liaison': {
    inquiries: NONE,
    letters: NONE,
    safetyReports: READ_ONLY,
    safetyActions: READ_ONLY,
    signatures: NONE,
    documents: NONE,
    products: READ_ONLY,
    documentUses: NONE,
    events: NONE,
  },
  admin: {
    inquiries: NONE,
    letters: NONE,
    safetyReports: NONE,
    documents: NONE,
    products: NONE,
    documentUses: NONE,
    safetyActions: NONE,
    signatures: NONE,
    events: NONE,
  },
};

/** The personal parts that some roles never receive, by table (GDPR data minimisation). */
const PERSONAL_PARTS_HIDDEN: Readonly<
  Partial<
    Record<SyncedTableName, { parts: readonly string[]; from: UserRole; unless: UserPermission }>
  >
> = {
  // PV does not need the reporter's contact details (PRODUCT.md, roles table).
  safetyReports: { parts: ['reporterContact'], from: 'pv-liaison', unless: 'reporter-contact' },
};

/** The user as the access rules see it. */
export type AccessSubject = {
  userId: string;
  role: UserRole;
  permissions: readonly UserPermission[];
};

/**
 * The read and write scope of a role on a table; unknown tables get no access.
 * @throws never
 */
export function tableAccess(role: UserRole, table: string): TableAccess {
  return isSyncedTableName(table) ? ACCESS[role][table] : NONE;
}

/**
 * Whether `table` is one of the synced tables.
 * @throws never
 */
export function isSyncedTableName(table: string): table is SyncedTableName {
  return (SYNCED_TABLE_NAMES as readonly string[]).includes(table);
}

function isInScope(
  scope: AccessScope,
  subject: AccessSubject,
  ownerUserId: string | null,
): boolean {
  if (scope === 'all') return true;
  // A record without an owner is shared content: `own` never reaches it.
  return scope === 'own' && ownerUserId !== null && ownerUserId === subject.userId;
}

/**
 * Whether the subject may receive a record of `table` owned by `ownerUserId`.
 * @throws never
 */
export function canReadRecord(
  subject: AccessSubject,
  table: string,
  ownerUserId: string | null,
): boolean {
  return isInScope(tableAccess(subject.role, table).read, subject, ownerUserId);
}

/**
 * Whether the subject may change a record. Pass `ownerUserId: null` with `isNew: true` for a record
 * the server has never seen: creating one makes the subject its owner.
 * @throws never
 */
export function canWriteRecord(
  subject: AccessSubject,
  table: string,
  existing: { isNew: true } | { isNew: false; ownerUserId: string | null },
): boolean {
  const scope = tableAccess(subject.role, table).write;
  if (existing.isNew) return scope !== 'none';
  return isInScope(scope, subject, existing.ownerUserId);
}

/**
 * The tables a role reads, split by scope, to filter a pull in one query.
 * @throws never
 */
export function readableTables(role: UserRole): { all: SyncedTableName[]; own: SyncedTableName[] } {
  const all = SYNCED_TABLE_NAMES.filter((table) => ACCESS[role][table].read === 'all');
  const own = SYNCED_TABLE_NAMES.filter((table) => ACCESS[role][table].read === 'own');
  return { all, own };
}

/**
 * The personal parts of a record of `table` that must be removed before the subject receives it.
 * @throws never
 */
export function hiddenPersonalParts(subject: AccessSubject, table: string): readonly string[] {
  if (!isSyncedTableName(table)) return [];
  const rule = PERSONAL_PARTS_HIDDEN[table];
  if (rule === undefined || rule.from !== subject.role) return [];
  return subject.permissions.includes(rule.unless) ? [] : rule.parts;
}
