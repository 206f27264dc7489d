import { describe, expect, it } from 'vitest';
import {
  createActor,
  getDraft,
  listAuditTrail,
  saveDraft,
  signByHand,
} from '../../../src/renderer/src/data';
import type { BoothFormValues } from '../../../src/renderer/src/features/inquiries/booth/booth-form';
import { emptyBoothForm } from '../../../src/renderer/src/features/inquiries/booth/booth-form';
import {
  boothFormSchema,
  signableFields,
  signableOf,
} from '../../../src/renderer/src/features/inquiries/booth/booth-record';
import {
  boothDraftId,
  saveBoothInquiry,
} from '../../../src/renderer/src/features/inquiries/booth/save-booth-inquiry';
import {
  boothCaptureSteps,
  countInteractions,
} from '../../../src/renderer/src/features/inquiries/booth/capture-steps';
import {
  currentValidSignature,
  inquirySignatureBinding,
  signedContentOf,
  toJsonValue,
} from '../../../src/shared/domain';
import { defaultSettings } from '../../../src/shared/schemas';
import { signatureImage, testIds } from '../shared/fixtures';
import { actorAt, openTestStore } from '../data/store-fixtures';

const inquiryId = '01930000-0000-7000-8000-0000000000b1';

/** A booth form as an officer completes it, before the HCP signs. */
function completed(overrides: Partial<BoothFormValues> = {}): BoothFormValues {
  return {
    ...emptyBoothForm({
      inquiryId,
      startedAt: '2026-04-02T10:00:00.000+02:00',
      eventId: null,
      country: 'DE',
      preferredLanguage: 'de',
      questionId: testIds.question,
    }),
    requesterType: 'physician',
    name: ' Dr. Lena Hofbauer ',
    email: 'lena@example.org',
    productId: testIds.product,
    questions: [
      {
        id: testIds.question,
        text: 'Dose in renal impairment?',
        category: 'dosing-administration',
      },
    ],
    privacyNoticeAcknowledged: true,
    safety: { hasAdverseEvent: 'no', hasQualityComplaint: 'no', hasSpecialSituation: 'yes' },
    ...overrides,
  };
}

/** The form after the HCP signed what it holds. */
function signed(values: BoothFormValues): BoothFormValues {
  const fields = signableFields(values);
  if (!fields) throw new Error('The form is not complete');
  const { seal, personal } = signByHand({
    binding: inquirySignatureBinding(fields.inquiryId),
    record: signedContentOf(signableOf(fields)),
    witness: createActor(testIds.user, new Date('2026-04-02T08:05:00.000Z')),
    signerName: 'Lena Hofbauer',
    image: signatureImage,
    meaning: 'request-confirmation',
  });
  const record = { signature: { ...seal, meaning: 'request-confirmation' as const }, personal };
  return { ...values, signatures: [...values.signatures, record] };
}

function messages(values: BoothFormValues): Record<string, string> {
  const issues = boothFormSchema.safeParse(values).error?.issues ?? [];
  return Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the booth form', () => {
  it('names every missing required field, next to the field', () => {
    const empty = emptyBoothForm({
      inquiryId,
      startedAt: '2026-04-02T10:00:00.000+02:00',
      eventId: null,
      country: '',
      preferredLanguage: '',
      questionId: testIds.question,
    });
    expect(messages(empty)).toMatchObject({
      requesterType: 'inquiryFormErrors.requesterTypeRequired',
      name: 'inquiryFormErrors.required',
      country: 'inquiryFormErrors.countryRequired',
      productId: 'inquiryFormErrors.productRequired',
      'questions.0.text': 'inquiryFormErrors.questionRequired',
      'questions.0.category': 'inquiryFormErrors.categoryRequired',
      privacyNoticeAcknowledged: 'inquiryFormErrors.privacyRequired',
      'safety.hasAdverseEvent': 'inquiryFormErrors.answerRequired',
    });
  });

  it('checks e-mail addresses and phone numbers, and the contact the answer needs', () => {
    expect(messages(completed({ email: 'lena@' }))).toMatchObject({
      email: 'inquiryFormErrors.email',
    });
    expect(messages(completed({ phone: 'call me' }))).toMatchObject({
      phone: 'inquiryFormErrors.phone',
    });
    expect(messages(signed(completed({ phone: '+49 (89) 1234-5678' })))).toEqual({});
    expect(messages(completed({ email: '', preferredResponseMethod: 'email' }))).toMatchObject({
      email: 'inquiryFormErrors.emailForResponse',
    });
    expect(messages(completed({ isOffLabel: true }))).toMatchObject({
      isUnsolicited: 'inquiryFormErrors.unsolicitedRequired',
    });
  });

  it('needs the HCP’s signature, and a new one after a signed field changed', () => {
    expect(messages(completed())).toEqual({ signatures: 'inquiryFormErrors.signatureRequired' });
    const once = signed(completed());
    expect(messages(once)).toEqual({});
    const edited = { ...once, phone: '+49 89 1234 5678' };
    expect(messages(edited)).toEqual({ signatures: 'inquiryFormErrors.signAgain' });
    // The officer’s triage is not signed: a category change keeps the signature.
    const triaged = {
      ...once,
      urgency: 'urgent' as const,
      questions: [
        {
          id: testIds.question,
          text: 'Dose in renal impairment?',
          category: 'special-populations',
        },
      ],
    };
    expect(messages(triaged)).toEqual({});
    expect(messages(signed(edited))).toEqual({});
  });
});

describe('saving a booth request', () => {
  it('stores an open booth inquiry with both signatures, due by the country calendar', async () => {
    const db = await openTestStore();
    const twice = signed({ ...signed(completed()), phone: '+49 89 1234 5678' });
    const fields = boothFormSchema.parse(twice);
    const inquiry = await saveBoothInquiry(
      db,
      fields,
      { businessDays: defaultSettings.dueDateBusinessDays },
      actorAt(),
    );
    expect(inquiry).toMatchObject({
      status: 'open',
      channel: 'booth',
      assignedTo: testIds.user,
      privacyNoticeAcknowledged: true,
    });
    // Thursday 2 April 2026 + 5 business days, skipping Good Friday and Easter Monday in Germany.
    expect(inquiry.dueDate).toBe('2026-04-13');
    expect(inquiry.personal.requester.name).toBe('Dr. Lena Hofbauer');
    expect(inquiry.signatures).toHaveLength(2);
    // The signature the HCP gave last is bound to the stored inquiry, which carries its id.
    expect(inquiry.id).toBe(inquiryId);
    expect(currentValidSignature(inquiry)?.signature.id).toBe(inquiry.signatures[1]?.id);
    expect(inquiry.safetyScreen).toMatchObject({
      hasSpecialSituation: true,
      hasAdverseEvent: false,
    });
    expect((await listAuditTrail(db, inquiry.id))[0]?.action).toBe('create');
  });

  it('refuses to save the same signed request twice', async () => {
    const db = await openTestStore();
    const fields = boothFormSchema.parse(signed(completed()));
    const context = { businessDays: defaultSettings.dueDateBusinessDays };
    await saveBoothInquiry(db, fields, context, actorAt());
    await expect(saveBoothInquiry(db, fields, context, actorAt())).rejects.toThrow(/already saved/);
    expect(await db.inquiries.count()).toBe(1);
  });

  it('keeps the draft when the save fails, and discards it only after a save', async () => {
    const db = await openTestStore();
    const values = signed(completed());
    await saveDraft(db, {
      id: boothDraftId,
      kind: 'inquiry',
      targetId: null,
      savedAt: '2026-04-02T10:04:00.000+02:00',
      personal: toJsonValue(values),
    });
    await db.meta.delete('device'); // the store can no longer write
    const fields = boothFormSchema.parse(values);
    await expect(
      saveBoothInquiry(
        db,
        fields,
        { businessDays: defaultSettings.dueDateBusinessDays },
        actorAt(),
      ),
    ).rejects.toThrow(/device identity/);
    expect((await getDraft(db, boothDraftId))?.personal).toMatchObject({
      name: ' Dr. Lena Hofbauer ',
    });
  });
});

describe('the booth capture steps the benchmark counts', () => {
  it('list every field the form requires, so the count follows the form', () => {
    const empty = emptyBoothForm({
      inquiryId,
      startedAt: '2026-04-02T10:00:00.000+02:00',
      eventId: null,
      country: '',
      preferredLanguage: '',
      questionId: testIds.question,
    });
    const required = Object.keys(messages(empty)).map((path) =>
      path === 'signatures' ? 'signature.sign' : path,
    );
    const listed = boothCaptureSteps.map((step) => step.field);
    expect(required.filter((field) => !listed.includes(field))).toEqual([]);
    expect(countInteractions(boothCaptureSteps, true)).toBeLessThan(
      countInteractions(boothCaptureSteps, false),
    );
  });
});
