import { describe, expect, it } from 'vitest';
import {
  createInquiry,
  findInquiriesByRequester,
  getDraft,
  getInquiry,
  saveDraft,
  listAuditTrail,
  listInquiryPage,
  lockStore,
  personalProblemOf,
  PersonalDataUnavailableError,
  StoreLockedError,
  updateInquiry,
  verifyStoredAuditChain,
} from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import { findKeyring } from '../../../src/renderer/src/data/crypto/keyring';
import { base64UrlToBytes, bytesToBase64Url } from '../../../src/shared/encoding';
import { sampleInquiry } from '../shared/fixtures';
import { actorAt, openTestStore } from './store-fixtures';

const name = 'Dr. Erika Musterfrau';
const question = 'Can it be taken with clarithromycin?';

/** Everything IndexedDB holds for a store, as one text: what a stolen disk would show. */
async function everythingStored(db: MedinfoDatabase): Promise<string> {
  const tables = await Promise.all(db.tables.map((table) => table.toArray()));
  return JSON.stringify(tables);
}

/** Flips one bit of a base64url ciphertext, as damage on disk or a tampering hand would. */
function flipBit(ciphertext: string): string {
  const bytes = base64UrlToBytes(ciphertext);
  bytes[3] = (bytes[3] ?? 0) ^ 1;
  return bytesToBase64Url(bytes);
}

describe('personal data at rest', () => {
  it('is stored only as ciphertext, in records, audit events and the outbox alike', async () => {
    const db = await openTestStore();
    const created = await createInquiry(db, sampleInquiry(), actorAt());
    await updateInquiry(
      db,
      created.id,
      { personal: { ...created.personal, notes: 'Prefers calls after 4 pm' } },
      actorAt(),
    );
    const stored = await everythingStored(db);
    for (const text of [name, 'Musterfrau', question, 'erika@example.org', 'after 4 pm']) {
      expect(stored).not.toContain(text);
    }
    // …while the non-personal part stays readable (and indexable).
    expect(stored).toContain(created.reference);
    expect((await getInquiry(db, created.id))?.personal.requester.name).toBe(name);
  });

  it('covers form drafts too: a half-typed form is encrypted and read back', async () => {
    const db = await openTestStore();
    const form = { requesterName: 'Dr. Half Typed', question: 'Is it safe in pregnancy?' };
    await saveDraft(db, {
      id: 'new-inquiry',
      kind: 'inquiry',
      targetId: null,
      savedAt: '2026-03-02T10:00:00.000+01:00',
      personal: form,
    });
    expect(await everythingStored(db)).not.toContain('Half Typed');
    expect((await getDraft(db, 'new-inquiry'))?.personal).toEqual(form);
    lockStore(db);
    await expect(getDraft(db, 'new-inquiry')).rejects.toBeInstanceOf(StoreLockedError);
  });

  it('is found by exact e-mail or name through keyed hashes, never by stored text', async () => {
    const db = await openTestStore();
    const created = await createInquiry(db, sampleInquiry(), actorAt());
    await createInquiry(
      db,
      sampleInquiry({
        personal: {
          ...sampleInquiry().personal,
          requester: {
            ...sampleInquiry().personal.requester,
            name: 'Someone Else',
            email: 'else@example.org',
          },
        },
      }),
      actorAt(),
    );
    const byEmail = await findInquiriesByRequester(db, { email: ' ERIKA@example.org ' });
    expect(byEmail.map((inquiry) => inquiry.id)).toEqual([created.id]);
    const byName = await findInquiriesByRequester(db, { name: 'erika musterfrau' });
    expect(byName.map((inquiry) => inquiry.id)).toEqual([created.id]);
    const row = await db.inquiries.get(created.id);
    expect(row?.matchKeys).toHaveLength(2);
    expect(JSON.stringify(row?.matchKeys)).not.toContain('erika');
  });

  it('cannot be read once locked, and nothing decrypted stays in memory', async () => {
    const db = await openTestStore();
    const created = await createInquiry(db, sampleInquiry(), actorAt());
    await getInquiry(db, created.id);
    expect(findKeyring(db)?.recordKeys.size).toBe(1);
    const keyring = findKeyring(db);
    lockStore(db);
    expect(findKeyring(db)).toBeNull();
    expect(keyring?.recordKeys.size).toBe(0);
    await expect(getInquiry(db, created.id)).rejects.toBeInstanceOf(StoreLockedError);
    await expect(listInquiryPage(db, { limit: 10 })).rejects.toBeInstanceOf(StoreLockedError);
    await expect(createInquiry(db, sampleInquiry(), actorAt())).rejects.toBeInstanceOf(
      StoreLockedError,
    );
  });

  it('keeps the audit chain verifiable while locked: it hashes the ciphertext', async () => {
    const db = await openTestStore();
    const created = await createInquiry(db, sampleInquiry(), actorAt());
    await updateInquiry(
      db,
      created.id,
      { personal: { ...created.personal, notes: 'Called back' } },
      actorAt(),
    );
    lockStore(db);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, length: 2 });
  });

  it('detects tampering with an audit event’s encrypted personal part', async () => {
    const db = await openTestStore();
    const created = await createInquiry(db, sampleInquiry(), actorAt());
    const [event] = await db.audit.toArray();
    const personal = event?.personal;
    if (!event || !personal || !('ciphertext' in personal))
      throw new Error('Expected an encrypted personal part');
    await db.audit.update(event.id, {
      personal: { ...personal, ciphertext: flipBit(personal.ciphertext) },
    });
    expect(await verifyStoredAuditChain(db)).toEqual({
      ok: false,
      brokenAtSequence: 1,
      reason: 'hash-mismatch',
    });
    const [entry] = await listAuditTrail(db, created.id);
    expect(entry).toMatchObject({
      personal: null,
      personalProblem: 'damaged',
    });
    // The non-personal changes of the same event stay readable.
    expect(entry?.changes.map((change) => change.field)).toContain('status');
  });
});

describe('damaged or missing personal data', () => {
  async function twoInquiries(): Promise<{ db: MedinfoDatabase; damaged: string; intact: string }> {
    const db = await openTestStore();
    const damaged = await createInquiry(db, sampleInquiry(), actorAt());
    const intact = await createInquiry(db, sampleInquiry({ status: 'in-progress' }), actorAt());
    return { db, damaged: damaged.id, intact: intact.id };
  }

  async function storedCiphertext(
    db: MedinfoDatabase,
    id: string,
  ): Promise<{ alg: 'A256GCM'; iv: string; ciphertext: string }> {
    const personal = (await db.inquiries.get(id))?.personal;
    if (!personal || !('ciphertext' in personal))
      throw new Error('Expected an encrypted personal part');
    return personal;
  }

  it('reads an altered ciphertext as damaged, the other records unaffected, and refuses to overwrite it', async () => {
    const { db, damaged, intact } = await twoInquiries();
    const envelope = await storedCiphertext(db, damaged);
    await db.inquiries.update(damaged, {
      personal: { ...envelope, ciphertext: flipBit(envelope.ciphertext) },
    });
    findKeyring(db)?.recordKeys.clear();
    const page = await listInquiryPage(db, { limit: 10 });
    const byId = new Map(page.inquiries.map((inquiry) => [inquiry.id, inquiry]));
    const broken = byId.get(damaged);
    expect(broken && personalProblemOf(broken)).toBe('damaged');
    expect(broken?.status).toBe('open');
    expect(byId.get(intact)?.personal.requester.name).toBe(name);
    const error: unknown = await updateInquiry(db, damaged, { status: 'closed' }, actorAt()).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PersonalDataUnavailableError);
    expect((error as PersonalDataUnavailableError).message).toMatch(/damaged/); // as: asserted just above
    expect((await db.inquiries.get(damaged))?.personal).toMatchObject({ alg: 'A256GCM' });
  });

  it('reads a truncated ciphertext, or one moved from another record, as damaged', async () => {
    const { db, damaged, intact } = await twoInquiries();
    const envelope = await storedCiphertext(db, damaged);
    await db.inquiries.update(damaged, {
      personal: { ...envelope, ciphertext: envelope.ciphertext.slice(0, 30) },
    });
    await db.inquiries.update(intact, { personal: envelope });
    findKeyring(db)?.recordKeys.clear();
    const [first, second] = await Promise.all([getInquiry(db, damaged), getInquiry(db, intact)]);
    expect(first && personalProblemOf(first)).toBe('damaged');
    expect(second && personalProblemOf(second)).toBe('damaged');
  });

  it('reads a record whose key is gone as missing its key', async () => {
    const { db, damaged, intact } = await twoInquiries();
    await db.recordKeys.delete(damaged);
    findKeyring(db)?.recordKeys.clear();
    const missing = await getInquiry(db, damaged);
    expect(missing && personalProblemOf(missing)).toBe('missing-key');
    expect(missing?.personal.requester.name).toBeNull();
    expect((await getInquiry(db, intact))?.personal.requester.name).toBe(name);
  });
});
