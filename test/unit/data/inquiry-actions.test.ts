import { describe, expect, it } from 'vitest';
import {
  addFollowUp,
  changeInquiryStatus,
  confirmUnsolicited,
  createInquiry,
  findDuplicateInquiries,
  duplicateSubjectOf,
  getInquiry,
  linkInquiry,
  listAuditTrail,
  recordResponse,
  saveSafetyScreen,
  setInquiryOffLabel,
} from '../../../src/renderer/src/data';
import { InquiryTransitionError } from '../../../src/shared/domain';
import { sampleInquiry, testIds } from '../shared/fixtures';
import { actorAt, openTestStore } from './store-fixtures';

describe('working on an inquiry', () => {
  it('moves it to answered through the workflow, every step audited', async () => {
    const db = await openTestStore();
    const draft = await createInquiry(
      db,
      sampleInquiry({ status: 'draft', safetyScreen: null, assignedTo: null }),
      actorAt(),
    );
    await expect(changeInquiryStatus(db, draft.id, 'open', actorAt())).rejects.toThrow(
      InquiryTransitionError,
    );
    await saveSafetyScreen(
      db,
      draft.id,
      { hasAdverseEvent: false, hasQualityComplaint: false, hasSpecialSituation: false },
      actorAt(),
    );
    await changeInquiryStatus(db, draft.id, 'open', actorAt());
    const working = await changeInquiryStatus(
      db,
      draft.id,
      'in-progress',
      actorAt('2026-03-02T11:00:00.000+01:00', testIds.otherUser),
    );
    expect(working.assignedTo).toBe(testIds.otherUser);
    await expect(changeInquiryStatus(db, draft.id, 'answered', actorAt())).rejects.toMatchObject({
      blockers: ['no-response'],
    });
    await recordResponse(
      db,
      draft.id,
      {
        method: 'email',
        documentIds: [],
        recipients: ['requester'],
        sentAt: '2026-03-03T10:00:00.000+01:00',
      },
      actorAt(),
    );
    const answered = await changeInquiryStatus(db, draft.id, 'answered', actorAt());
    expect(answered.status).toBe('answered');
    expect(answered.responses[0]).toMatchObject({ method: 'email', sentBy: testIds.user });
    const statusChanges = (await listAuditTrail(db, draft.id)).flatMap((event) =>
      event.changes
        .filter((change) => change.field === 'status')
        .map((change) => [change.before ?? null, change.after]),
    );
    expect(statusChanges).toEqual([
      [null, 'draft'],
      ['draft', 'open'],
      ['open', 'in-progress'],
      ['in-progress', 'answered'],
    ]);
  });

  it('keeps an off-label inquiry from being answered until the request is confirmed unsolicited', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    await setInquiryOffLabel(db, inquiry.id, true, actorAt());
    await recordResponse(
      db,
      inquiry.id,
      {
        method: 'letter',
        documentIds: [],
        recipients: ['requester'],
        sentAt: '2026-03-03T10:00:00.000+01:00',
      },
      actorAt(),
    );
    await expect(changeInquiryStatus(db, inquiry.id, 'answered', actorAt())).rejects.toMatchObject({
      blockers: ['unsolicited-confirmation-missing'],
    });
    await confirmUnsolicited(
      db,
      inquiry.id,
      {
        method: 'written',
        signatureId: null,
        initiatedBy: 'company',
        referral: 'sales-representative',
        referrerName: 'Rep Smith',
      },
      actorAt(),
    );
    await expect(changeInquiryStatus(db, inquiry.id, 'answered', actorAt())).rejects.toMatchObject({
      blockers: ['request-solicited'],
    });
    await confirmUnsolicited(
      db,
      inquiry.id,
      {
        method: 'written',
        signatureId: null,
        initiatedBy: 'requester',
        referral: 'sales-representative',
        referrerName: 'Rep Smith',
      },
      actorAt(),
    );
    const answered = await changeInquiryStatus(db, inquiry.id, 'answered', actorAt());
    expect(answered.unsolicitedConfirmation).toMatchObject({
      recordedBy: testIds.user,
      referral: 'sales-representative',
    });
    expect(answered.personal.referrerName).toBe('Rep Smith');
  });

  it('refuses to copy a referring MSL on an off-label response', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(db, sampleInquiry({ isOffLabel: true }), actorAt());
    await expect(
      recordResponse(
        db,
        inquiry.id,
        {
          method: 'email',
          documentIds: [],
          recipients: ['requester', 'referring-msl'],
          sentAt: '2026-03-03T10:00:00.000+01:00',
        },
        actorAt(),
      ),
    ).rejects.toThrow(/requester only/);
    expect((await getInquiry(db, inquiry.id))?.responses).toEqual([]);
  });

  it('records follow-ups with their notes in the personal part', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    const updated = await addFollowUp(
      db,
      inquiry.id,
      {
        channel: 'phone',
        direction: 'outgoing',
        note: 'Asked for the patient’s creatinine clearance.',
      },
      actorAt(),
    );
    const [followUp] = updated.followUps;
    expect(followUp).toMatchObject({ channel: 'phone', by: testIds.user });
    expect(updated.personal.followUpNotes[followUp?.id ?? '']).toBe(
      'Asked for the patient’s creatinine clearance.',
    );
    const last = (await listAuditTrail(db, inquiry.id)).at(-1);
    expect(last?.personal?.changes.map((change) => change.field)).toEqual([
      `personal.followUpNotes.${followUp?.id}`,
    ]);
  });

  it('finds an earlier inquiry of the same requester and links it', async () => {
    const db = await openTestStore();
    const first = await createInquiry(db, sampleInquiry(), actorAt());
    const second = await createInquiry(
      db,
      sampleInquiry({
        receivedAt: '2026-03-05T14:00:00.000+01:00',
        questions: [
          { id: testIds.secondQuestion, category: 'interactions', linkedDocumentIds: [] },
        ],
        personal: {
          ...sampleInquiry().personal,
          requester: { ...sampleInquiry().personal.requester, email: 'ERIKA@example.org' },
          questions: [
            {
              questionId: testIds.secondQuestion,
              text: 'Can it be taken together with clarithromycin?',
            },
          ],
        },
      }),
      actorAt(),
    );
    const found = await findDuplicateInquiries(db, duplicateSubjectOf(second), 30);
    expect(found.map(({ inquiry, match }) => [inquiry.id, match.matchedOn])).toEqual([
      [first.id, 'email'],
    ]);
    expect(await findDuplicateInquiries(db, duplicateSubjectOf(second), 2)).toEqual([]);
    await linkInquiry(db, second.id, first.id, actorAt());
    const duplicate = await changeInquiryStatus(db, second.id, 'duplicate', actorAt());
    expect(duplicate.linkedInquiryIds).toEqual([first.id]);
  });
});
