import { describe, expect, it } from 'vitest';
import { roleSchema } from '../../../../src/shared/schemas';
import type { AccessSubject, UserRole } from '../../../../src/shared/sync';
import {
  SYNCED_TABLE_NAMES,
  canReadRecord,
  canWriteRecord,
  hiddenPersonalParts,
  readableTables,
  userRoleSchema,
} from '../../../../src/shared/sync';

const ME = '11111111-1111-4111-8111-111111111111';
const SOMEONE = '22222222-2222-4222-8222-222222222222';
const as = (role: UserRole, permissions: AccessSubject['permissions'] = []): AccessSubject => ({
  userId: ME,
  role,
  permissions,
});

describe('access rules', () => {
  it('lets a field officer read and change only their own inquiries, letters and safety reports', () => {
    const officer = as('field-officer');
    for (const table of ['inquiries', 'letters', 'safetyReports']) {
      expect(canReadRecord(officer, table, ME)).toBe(true);
      expect(canReadRecord(officer, table, SOMEONE)).toBe(false);
      expect(canWriteRecord(officer, table, { isNew: true })).toBe(true);
      expect(canWriteRecord(officer, table, { isNew: false, ownerUserId: ME })).toBe(true);
      expect(canWriteRecord(officer, table, { isNew: false, ownerUserId: SOMEONE })).toBe(false);
    }
  });

  it('gives MI roles the library read-only, PV the products; only content-approvers change them', () => {
    for (const role of userRoleSchema.options) {
      for (const table of ['documents', 'products']) {
        const isReader = role !== 'admin' && (role !== 'pv-liaison' || table === 'products');
        expect(canReadRecord(as(role), table, null), `${role} reads ${table}`).toBe(isReader);
        expect(
          canWriteRecord(as(role), table, { isNew: false, ownerUserId: null }),
          `${role} writes ${table}`,
        ).toBe(role === 'content-approver');
      }
    }
  });

  it('lets a pv-liaison read every safety report but change none, and nothing of MI', () => {
    const liaison = as('pv-liaison');
    expect(canReadRecord(liaison, 'safetyReports', SOMEONE)).toBe(true);
    expect(canWriteRecord(liaison, 'safetyReports', { isNew: false, ownerUserId: SOMEONE })).toBe(
      false,
    );
    expect(canReadRecord(liaison, 'inquiries', SOMEONE)).toBe(false);
  });

  it('hides the reporter contact from a pv-liaison unless permitted, and from no one else', () => {
    expect(hiddenPersonalParts(as('pv-liaison'), 'safetyReports')).toEqual(['reporterContact']);
    expect(hiddenPersonalParts(as('pv-liaison', ['reporter-contact']), 'safetyReports')).toEqual(
      [],
    );
    expect(hiddenPersonalParts(as('field-officer'), 'safetyReports')).toEqual([]);
    expect(hiddenPersonalParts(as('pv-liaison'), 'inquiries')).toEqual([]);
  });

  it('denies everything on a table it does not know, and matches readableTables', () => {
    for (const role of userRoleSchema.options) {
      expect(canReadRecord(as(role), 'secrets', ME)).toBe(false);
      expect(canWriteRecord(as(role), 'secrets', { isNew: true })).toBe(false);
      const { all, own } = readableTables(role);
      for (const table of SYNCED_TABLE_NAMES) {
        expect(canReadRecord(as(role), table, SOMEONE)).toBe(all.includes(table));
        expect(canReadRecord(as(role), table, ME)).toBe(all.includes(table) || own.includes(table));
      }
    }
  });

  it('never lets an admin see content', () => {
    expect(readableTables('admin')).toEqual({ all: [], own: [] });
  });

  it('uses the one role list of the schemas, so a role added there is known to sync', () => {
    expect(userRoleSchema.options).toEqual(roleSchema.options);
  });

  it('shows the safety actions of a report to its owner, MI and PV; PV only reads them', () => {
    expect(canWriteRecord(as('field-officer'), 'safetyActions', { isNew: true })).toBe(true);
    expect(canWriteRecord(as('pv-liaison'), 'safetyActions', { isNew: true })).toBe(false);
    expect(canWriteRecord(as('content-approver'), 'safetyActions', { isNew: true })).toBe(false);
    expect(canReadRecord(as('field-officer'), 'safetyActions', ME)).toBe(true);
    expect(canReadRecord(as('field-officer'), 'safetyActions', SOMEONE)).toBe(false);
    expect(canReadRecord(as('pv-liaison'), 'safetyActions', SOMEONE)).toBe(true);
    expect(canReadRecord(as('content-approver'), 'safetyActions', SOMEONE)).toBe(false);
  });

  it('lets each person push only their own e-signatures', () => {
    const theirs = { isNew: false as const, ownerUserId: SOMEONE };
    expect(canWriteRecord(as('mi-specialist'), 'signatures', theirs)).toBe(false);
    expect(canReadRecord(as('mi-specialist'), 'signatures', SOMEONE)).toBe(true);
    expect(canReadRecord(as('pv-liaison'), 'signatures', SOMEONE)).toBe(false);
  });

  it('shares congress events among the booth staff of every MI role', () => {
    expect(canWriteRecord(as('field-officer'), 'events', { isNew: false, ownerUserId: null })).toBe(
      true,
    );
    expect(canReadRecord(as('mi-specialist'), 'events', null)).toBe(true);
    expect(canReadRecord(as('pv-liaison'), 'events', null)).toBe(false);
  });
});
