import { describe, expect, it } from 'vitest';
import {
  acknowledgeMutations,
  buildPersonalSearchIndex,
  createHandwrittenSignature,
  createInquiry,
  getInquiry,
  listAuditTrail,
  personalProblemOf,
  purgePersonalData,
  PurgeRefusedError,
  resealOutbox,
  saveProduct,
  saveServerSealingKey,
  searchPersonalText,
  updateInquiry,
  verifyStoredAuditChain,
  writeSynced,
} from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import { lockKeyring } from '../../../src/renderer/src/data/crypto/keyring';
import {
  generateSealingKey,
  importSealingKeys,
  openSealedPayload,
} from '../../../src/server/crypto/sealing';
import { sealedEnvelopeSchema } from '../../../src/shared/sync';
import type { SealingKey } from '../../../src/shared/sync';
import { sampleInquiry, sampleProduct } from '../shared/fixtures';
import { actorAt, openTestStore } from './store-fixtures';

/** Pretends the server received everything: the outbox is acknowledged and revisions are set. */
async function markSynced(db: MedinfoDatabase): Promise<void> {
  const entries = await db.outbox.toArray();
  await acknowledgeMutations(
    db,
    entries.map((entry) => entry.mutationId),
  );
  await db.inquiries.toCollection().modify({ serverRevision: 7 });
}

async function serverKeys(): Promise<{
  key: SealingKey;
  open: (entry: { table: string; recordId: string; payload: unknown }) => Promise<unknown>;
}> {
  const generated = await generateSealingKey();
  const keyring = await importSealingKeys([generated]);
  const key: SealingKey = {
    kid: generated.kid,
    algorithm: 'ECDH-P256+HKDF-SHA256+A256GCM',
    publicKeyJwk: {
      kty: 'EC',
      crv: 'P-256',
      x: generated.publicJwk.x ?? '',
      y: generated.publicJwk.y ?? '',
    },
  };
  return {
    key,
    open: (entry) => openSealedPayload(sealedEnvelopeSchema.parse(entry.payload), keyring, entry),
  };
}

describe('purging a record’s personal data', () => {
  it('is refused while the server has not received the record: nothing would be left anywhere', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    const error: unknown = await purgePersonalData(
      db,
      { table: 'inquiries', id: inquiry.id },
      actorAt(),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PurgeRefusedError);
    expect((error as PurgeRefusedError).reason).toBe('not-synced'); // as: asserted above
    expect((await getInquiry(db, inquiry.id))?.personal.requester.name).toBe(
      'Dr. Erika Musterfrau',
    );
  });

  it('destroys the key: the record, its history and its HCP signature lose their personal part, the chain holds', async () => {
    const db = await openTestStore();
    const actor = actorAt();
    const inquiry = await createInquiry(db, sampleInquiry(), actor);
    await updateInquiry(
      db,
      inquiry.id,
      { personal: { ...inquiry.personal, notes: 'Wants a letter' } },
      actor,
    );
    const dot = 'data:image/png;base64,iVBORw0KGgo=';
    const signature = createHandwrittenSignature({
      witness: actor,
      signerName: 'Erika Musterfrau',
      image: dot,
      meaning: 'confirmed',
      binding: { table: 'inquiries', recordId: inquiry.id, fields: ['status'] },
      record: inquiry,
    });
    await writeSynced(db, { table: 'signatures', record: signature, actor, operation: 'put' });
    await buildPersonalSearchIndex(db);
    expect(searchPersonalText(db, 'Musterfrau').map((hit) => hit.id)).toEqual([inquiry.id]);
    await markSynced(db);
    await purgePersonalData(db, { table: 'inquiries', id: inquiry.id }, actor);
    const purged = await getInquiry(db, inquiry.id);
    expect(purged && personalProblemOf(purged)).toBe('purged');
    expect(purged?.status).toBe('open');
    expect(await db.recordKeys.get(inquiry.id)).toBeUndefined();
    expect(await db.recordKeys.get(signature.id)).toBeUndefined();
    const trail = await listAuditTrail(db, inquiry.id);
    expect(trail.filter((event) => event.personalProblem === 'purged')).toHaveLength(2);
    expect(trail.at(-1)?.changes).toEqual([
      { field: 'personal', before: 'encrypted', after: 'purged from this device' },
    ]);
    expect(searchPersonalText(db, 'Musterfrau')).toEqual([]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });
    await expect(
      purgePersonalData(db, { table: 'inquiries', id: inquiry.id }, actor),
    ).rejects.toMatchObject({ reason: 'already-purged' });
  });
});

describe('the outbox sealed for the server', () => {
  it('seals payloads when written once the key is known; the server opens them', async () => {
    const db = await openTestStore();
    const server = await serverKeys();
    await saveServerSealingKey(db, server.key);
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    const [entry] = await db.outbox.toArray();
    expect(entry?.payload).toMatchObject({
      sealed: 'ECDH-P256+HKDF-SHA256+A256GCM',
      kid: server.key.kid,
    });
    expect(entry && (await server.open(entry))).toMatchObject({
      id: inquiry.id,
      personal: { requester: { name: 'Dr. Erika Musterfrau' } },
    });
  });

  it('keeps payloads encrypted on a device that never connected, and re-seals them at the first unlock after', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    await saveProduct(db, sampleProduct(), actorAt());
    expect(
      (await db.outbox.toArray()).map((entry) =>
        Object.keys(entry.payload as object).includes('localSealed'),
      ),
    ).toEqual([true, false]);
    const server = await serverKeys();
    await saveServerSealingKey(db, server.key);
    expect(await resealOutbox(db)).toEqual({ sealed: 2, unavailable: 0 });
    const [first, second] = await db.outbox.toArray();
    expect(first && (await server.open(first))).toMatchObject({
      id: inquiry.id,
      reference: inquiry.reference,
    });
    expect(second && (await server.open(second))).toMatchObject({ brandName: 'Testivex' });
    // Already sealed: a second pass has nothing to do.
    expect(await resealOutbox(db)).toEqual({ sealed: 0, unavailable: 0 });
  });

  it('leaves payloads it cannot open while locked, and counts them', async () => {
    const db = await openTestStore();
    await createInquiry(db, sampleInquiry(), actorAt());
    lockKeyring(db);
    await saveServerSealingKey(db, (await serverKeys()).key);
    expect(await resealOutbox(db)).toEqual({ sealed: 0, unavailable: 1 });
  });
});
