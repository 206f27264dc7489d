import { describe, expect, it } from 'vitest';
import type { ZodError } from 'zod';
import {
  inquirySchema,
  newInquirySchema,
  permissionsOf,
  productSchema,
  responseDocumentSchema,
  roleSchema,
  settingsSchema,
  defaultSettings,
  timestampSchema,
  userSchema,
} from '../../../src/shared/schemas';
import { sampleInquiry, sampleProduct, testIds } from './fixtures';

function issuePaths(error: ZodError | undefined): string[] {
  return (error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('inquiry schema', () => {
  it('accepts a complete inquiry', () => {
    expect(newInquirySchema.safeParse(sampleInquiry()).success).toBe(true);
  });

  it('names the field of an invalid requester e-mail inside the personal part', () => {
    const input = sampleInquiry();
    input.personal.requester.email = 'not-an-address';
    const result = newInquirySchema.safeParse(input);
    expect(issuePaths(result.error)).toEqual(['personal.requester.email']);
  });

  it('names every wrong enum and country field', () => {
    const result = newInquirySchema.safeParse({
      ...sampleInquiry(),
      channel: 'fax-machine',
      urgency: 'asap',
      requester: { type: 'physician', country: 'Germany', preferredLanguage: 'de' },
    });
    expect(issuePaths(result.error).sort()).toEqual(['channel', 'requester.country', 'urgency']);
  });

  it('rejects an off-label request answered without an unsolicited confirmation', () => {
    const answered = newInquirySchema.safeParse(
      sampleInquiry({ isOffLabel: true, status: 'answered' }),
    );
    expect(issuePaths(answered.error)).toEqual(['unsolicitedConfirmation']);
    // Marking a question off-label while working on it is fine: the proof may follow.
    const open = newInquirySchema.safeParse(sampleInquiry({ isOffLabel: true }));
    expect(open.success).toBe(true);
  });

  it('rejects an inquiry leaving draft without the safety questions answered', () => {
    const unscreened = newInquirySchema.safeParse(sampleInquiry({ safetyScreen: null }));
    expect(issuePaths(unscreened.error)).toEqual(['safetyScreen']);
    const draft = newInquirySchema.safeParse(
      sampleInquiry({ safetyScreen: null, status: 'draft' }),
    );
    expect(draft.success).toBe(true);
  });

  it('stores 100 KB of any Unicode and markup verbatim', () => {
    const text = `${'腎機能 مرحبا 🙂 <script>alert(1)</script> '.repeat(2_500)}end`;
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(100_000);
    const input = sampleInquiry();
    input.personal.questions = [{ questionId: testIds.question, text }];
    const parsed = newInquirySchema.parse(input);
    expect(parsed.personal.questions[0]?.text).toBe(text);
  });

  it('rejects a question without its text and an open inquiry without questions', () => {
    const orphan = sampleInquiry();
    orphan.questions.push({ id: testIds.secondQuestion, category: 'other', linkedDocumentIds: [] });
    expect(issuePaths(newInquirySchema.safeParse(orphan).error)).toEqual(['personal.questions']);
    const empty = sampleInquiry({ questions: [] });
    empty.personal.questions = [];
    expect(issuePaths(newInquirySchema.safeParse(empty).error)).toEqual(['questions']);
  });

  it('requires a well-formed reference on a stored inquiry', () => {
    const stored = {
      ...sampleInquiry(),
      id: testIds.record,
      reference: 'MI-2026-ABC-12',
      createdAt: '2026-03-02T09:40:00.000+01:00',
      updatedAt: '2026-03-02T09:40:00.000+01:00',
      createdBy: testIds.user,
      updatedBy: testIds.user,
      serverRevision: null,
      deleted: false,
    };
    expect(issuePaths(inquirySchema.safeParse(stored).error)).toEqual(['reference']);
    expect(inquirySchema.safeParse({ ...stored, reference: 'MI-2026-ABC-000012' }).success).toBe(
      true,
    );
  });
});

describe('common fields', () => {
  it('requires timestamps to carry a UTC offset', () => {
    expect(timestampSchema.safeParse('2026-03-02T09:30:00.000+01:00').success).toBe(true);
    expect(timestampSchema.safeParse('2026-03-02T09:30:00.000Z').success).toBe(true);
    expect(timestampSchema.safeParse('2026-03-02T09:30:00').success).toBe(false);
  });

  it('rejects ids that are not UUID v7, naming the field', () => {
    const result = productSchema.safeParse(
      sampleProduct({ id: '550e8400-e29b-41d4-a716-446655440000' }),
    );
    expect(issuePaths(result.error)).toEqual(['id']);
  });
});

describe('library document schema', () => {
  it('rejects a review date before the effective date', () => {
    const result = responseDocumentSchema.safeParse({
      ...sampleProduct(),
      kind: 'srd',
      title: 'Renal impairment',
      productIds: [testIds.product],
      topics: ['renal'],
      audience: 'hcp',
      language: 'en',
      summary: 'Summary',
      body: 'Body',
      references: [],
      version: 1,
      status: 'approved',
      effectiveDate: '2026-05-01',
      reviewDate: '2026-04-01',
      variantGroupId: testIds.record,
    });
    expect(issuePaths(result.error)).toEqual(['reviewDate']);
  });
});

describe('settings schema', () => {
  it('defaults the due dates to 1, 2, 5 and 10 business days', () => {
    expect(settingsSchema.parse(defaultSettings).dueDateBusinessDays).toEqual({
      urgent: 1,
      high: 2,
      normal: 5,
      low: 10,
    });
  });

  it('names a negative due-date target', () => {
    const result = settingsSchema.safeParse({
      ...defaultSettings,
      dueDateBusinessDays: { ...defaultSettings.dueDateBusinessDays, high: -1 },
    });
    expect(issuePaths(result.error)).toEqual(['dueDateBusinessDays.high']);
  });
});

describe('roles and permissions', () => {
  it('has exactly the five roles of the product', () => {
    expect(roleSchema.options).toEqual([
      'field-officer',
      'mi-specialist',
      'content-approver',
      'pv-liaison',
      'admin',
    ]);
  });

  it('follows the roles table', () => {
    expect(permissionsOf('field-officer')).toMatchObject({
      canCaptureInquiries: true,
      seesOwnInquiriesOnly: true,
      seesTeamInquiries: false,
      canApproveContent: false,
    });
    expect(permissionsOf('mi-specialist')).toMatchObject({
      seesOwnInquiriesOnly: false,
      seesTeamInquiries: true,
    });
    expect(permissionsOf('content-approver')).toMatchObject({
      canApproveContent: true,
      canCaptureInquiries: false,
    });
    // PV sees safety reports but not the reporter's contact details unless permitted.
    expect(permissionsOf('pv-liaison')).toMatchObject({
      canSeeSafetyReports: true,
      seesReporterContact: false,
    });
    expect(permissionsOf('admin')).toMatchObject({
      canManageUsers: true,
      canCaptureInquiries: false,
      canReadLibrary: false,
      canSeeSafetyReports: false,
    });
  });

  it('keeps a local account unlinked until a server account exists', () => {
    const user = userSchema.parse({
      id: testIds.user,
      username: ' Maja.L ',
      displayName: 'Maja',
      jobTitle: 'MIO',
      email: null,
      role: 'field-officer',
      serverUserId: null,
      isActive: true,
      managesDeviceAccounts: false,
      signingKeys: [],
      passwordChangedAt: null,
      createdAt: '2026-03-01T08:00:00.000+01:00',
      updatedAt: '2026-03-01T08:00:00.000+01:00',
    });
    expect(user.serverUserId).toBeNull();
    // One person, one user ID: typed in any case, stored in lower case.
    expect(user.username).toBe('maja.l');
  });
});
