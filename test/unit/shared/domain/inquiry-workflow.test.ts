import { describe, expect, it } from 'vitest';
import {
  applyTransition,
  availableTransitions,
  InquiryTransitionError,
  inquiryTransitions,
  isOverdue,
  responseRecipientOptions,
  transitionBlockers,
} from '../../../../src/shared/domain';
import {
  inquirySchema,
  inquiryStatusSchema,
  responseRecordSchema,
} from '../../../../src/shared/schemas';
import type { Inquiry, ResponseRecord } from '../../../../src/shared/schemas';
import { sampleStoredInquiry, testIds, withHcpSignature } from '../fixtures';

// Written as a response recorded before letters were made in the app: the defaults fill in.
const response: ResponseRecord = responseRecordSchema.parse({
  id: '01930000-0000-7000-8000-000000000101',
  sentAt: '2026-03-03T11:00:00.000+01:00',
  sentBy: testIds.user,
  method: 'email',
  documentIds: [],
  recipients: ['requester'],
});

function inquiry(overrides: Partial<Inquiry> = {}): Inquiry {
  return { ...sampleStoredInquiry(), ...overrides };
}

describe('the inquiry workflow table', () => {
  it('leads from draft to closed, with cancelled final and reopening possible', () => {
    expect(inquiryTransitions.draft).toContain('open');
    expect(inquiryTransitions.open).toContain('in-progress');
    expect(inquiryTransitions['in-progress']).toContain('awaiting-information');
    expect(inquiryTransitions['awaiting-information']).toContain('answered');
    expect(inquiryTransitions.answered).toEqual(['closed', 'in-progress']);
    expect(inquiryTransitions.cancelled).toEqual([]);
    // Every status has an entry and never leads to itself.
    for (const status of inquiryStatusSchema.options) {
      expect(inquiryTransitions[status]).not.toContain(status);
    }
  });

  it('refuses a move the table does not have', () => {
    const closed = inquiry({ status: 'closed' });
    expect(transitionBlockers(closed, 'draft')).toEqual(['not-allowed']);
    expect(() => applyTransition(closed, 'open')).toThrow(InquiryTransitionError);
  });

  it('keeps a draft from opening until the safety questions are answered', () => {
    const draft = inquiry({ status: 'draft', safetyScreen: null });
    expect(transitionBlockers(draft, 'open')).toEqual(['safety-screen-missing']);
    expect(transitionBlockers(draft, 'cancelled')).toEqual([]);
    expect(inquirySchema.safeParse({ ...draft, status: 'open' }).success).toBe(false);
    const screened = inquiry({ status: 'draft' });
    expect(applyTransition(screened, 'open').status).toBe('open');
  });

  it('answers only with a recorded response', () => {
    const working = inquiry({ status: 'in-progress' });
    expect(transitionBlockers(working, 'answered')).toEqual(['no-response']);
    expect(transitionBlockers({ ...working, responses: [response] }, 'answered')).toEqual([]);
  });

  it('marks a duplicate only with the inquiry it duplicates linked', () => {
    const open = inquiry();
    expect(transitionBlockers(open, 'duplicate')).toEqual(['no-linked-inquiry']);
    expect(
      transitionBlockers({ ...open, linkedInquiryIds: [testIds.record] }, 'duplicate'),
    ).toEqual([]);
  });

  it('lists the moves from the current status with their blockers', () => {
    const moves = availableTransitions(inquiry({ status: 'awaiting-information' }));
    expect(moves).toEqual([
      { to: 'in-progress', blockers: [] },
      { to: 'answered', blockers: ['no-response'] },
      { to: 'cancelled', blockers: [] },
    ]);
  });

  it('counts as overdue only while work remains', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-03-09' }, '2026-03-10')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2026-03-10' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ status: 'answered', dueDate: '2026-03-01' }, '2026-03-10')).toBe(false);
  });
});

describe('off-label gating', () => {
  const signatureId = '01930000-0000-7000-8000-0000000000f9';

  function offLabel(overrides: Partial<Inquiry> = {}): Inquiry {
    return inquiry({
      status: 'in-progress',
      isOffLabel: true,
      responses: [response],
      ...overrides,
    });
  }

  function signed(base: Inquiry): Inquiry {
    const signedAt = '2026-03-02T09:36:00.000+01:00';
    return {
      ...withHcpSignature(base, { id: signatureId, signedAt, meaning: 'unsolicited-request' }),
      unsolicitedConfirmation: {
        confirmedAt: signedAt,
        method: 'signature',
        signatureId,
        initiatedBy: 'requester',
        referral: 'sales-representative',
        recordedBy: testIds.user,
      },
    };
  }

  it('may be marked and worked on before the confirmation arrives', () => {
    const marked = offLabel({ unsolicitedConfirmation: null });
    expect(inquirySchema.safeParse(marked).success).toBe(true);
    expect(transitionBlockers(marked, 'awaiting-information')).toEqual([]);
  });

  it('is not answered without a confirmation that the request was unsolicited', () => {
    const marked = offLabel({ unsolicitedConfirmation: null });
    expect(transitionBlockers(marked, 'answered')).toEqual(['unsolicited-confirmation-missing']);
    const result = inquirySchema.safeParse({ ...marked, status: 'answered' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'unsolicitedConfirmation',
    ]);
  });

  it('is never answered when a company employee prompted the request', () => {
    const prompted = signed(offLabel());
    const solicited: Inquiry = {
      ...prompted,
      unsolicitedConfirmation: prompted.unsolicitedConfirmation && {
        ...prompted.unsolicitedConfirmation,
        initiatedBy: 'company',
      },
    };
    expect(transitionBlockers(solicited, 'answered')).toEqual(['request-solicited']);
    expect(inquirySchema.safeParse({ ...solicited, status: 'answered' }).success).toBe(false);
  });

  it('accepts the HCP’s signature as proof while it still matches the request', () => {
    const proven = signed(offLabel());
    expect(transitionBlockers(proven, 'answered')).toEqual([]);
    const edited: Inquiry = { ...proven, preferredResponseMethod: 'letter' };
    expect(transitionBlockers(edited, 'answered')).toEqual(['unsolicited-signature-invalid']);
  });

  it('accepts a recorded written or verbal confirmation', () => {
    const recorded = offLabel({
      unsolicitedConfirmation: {
        confirmedAt: '2026-03-02T10:00:00.000+01:00',
        method: 'verbal',
        signatureId: null,
        initiatedBy: 'requester',
        referral: 'none',
        recordedBy: testIds.user,
      },
    });
    expect(applyTransition(recorded, 'answered').status).toBe('answered');
  });

  it('sends the response to the requester only: never to sales, no MSL copy off-label', () => {
    const proven = signed(offLabel());
    expect(responseRecipientOptions(proven)).toEqual(['requester']);
    const withMsl = {
      ...proven,
      unsolicitedConfirmation: proven.unsolicitedConfirmation && {
        ...proven.unsolicitedConfirmation,
        referral: 'msl' as const,
      },
    };
    expect(responseRecipientOptions(withMsl)).toEqual(['requester']);
    expect(responseRecipientOptions({ ...withMsl, isOffLabel: false })).toEqual([
      'requester',
      'referring-msl',
    ]);
    const copied = {
      ...proven,
      responses: [{ ...response, recipients: ['requester', 'referring-msl'] }],
    };
    const issues = inquirySchema.safeParse(copied).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['responses.0.recipients', 'An off-label response goes to the requester only'],
    ]);
  });
});
