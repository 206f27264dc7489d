import { describe, expect, it } from 'vitest';
import {
  createFirstAccount,
  createHandwrittenSignature,
  createInquiry,
  listSignatures,
  saveProduct,
  SignedContentLockedError,
  signElectronically,
  verifySignature,
  WrongPasswordError,
  WrongSignerError,
  writeSynced,
} from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import type { Product, User } from '../../../src/shared/schemas';
import type { Signature } from '../../../src/shared/signatures';
import { sampleInquiry, sampleProduct } from '../shared/fixtures';
import { actorAt, openTestStore, testKdfCost } from './store-fixtures';

const password = 'content-review-2026';
const fields = ['brandName', 'approvedIndications'];
// The smallest valid PNG (1×1 pixel), as a signature pad would hand it over.
const dot =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

async function approver(): Promise<{ db: MedinfoDatabase; user: User }> {
  const db = await openTestStore({ isLocked: true });
  const user = await createFirstAccount(
    db,
    {
      username: 'claire',
      displayName: 'Dr. Claire Fontaine',
      jobTitle: 'Medical Reviewer',
      email: null,
      role: 'content-approver',
      password,
    },
    { kdfCost: testKdfCost },
  );
  return { db, user };
}

async function sign(
  db: MedinfoDatabase,
  user: User,
  record: Product,
  secret = password,
): Promise<Signature> {
  return signElectronically(db, {
    signerUserId: user.id,
    username: user.username,
    password: secret,
    meaning: 'approved',
    binding: { table: 'products', recordId: record.id, fields },
    record,
  });
}

describe('electronic signatures', () => {
  it('show printed name, meaning and time, and verify against the signed content', async () => {
    const { db, user } = await approver();
    const product = sampleProduct();
    const signature = await sign(db, user, product);
    expect(signature).toMatchObject({
      kind: 'electronic',
      printedName: 'Dr. Claire Fontaine',
      meaning: 'approved',
      signerUsername: 'claire',
    });
    expect(await verifySignature(db, signature, product)).toEqual({
      isValid: true,
      isImageChecked: false,
    });
    const changed = { ...product, brandName: 'Cardivex XR' };
    expect(await verifySignature(db, signature, changed)).toEqual({
      isValid: false,
      problem: 'content-changed',
    });
  });

  it('are refused with a wrong password (and the attempt counts) or another person’s user ID', async () => {
    const { db, user } = await approver();
    await expect(sign(db, user, sampleProduct(), 'not the password')).rejects.toBeInstanceOf(
      WrongPasswordError,
    );
    expect((await db.credentials.get(user.id))?.failedAttempts).toBe(1);
    await expect(
      signElectronically(db, {
        signerUserId: user.id,
        username: 'somebody.else',
        password,
        meaning: 'approved',
        binding: { table: 'products', recordId: sampleProduct().id, fields },
        record: sampleProduct(),
      }),
    ).rejects.toBeInstanceOf(WrongSignerError);
  });

  it('cannot be copied or altered: a changed meaning or a forged value does not verify', async () => {
    const { db, user } = await approver();
    const product = sampleProduct();
    const signature = await sign(db, user, product);
    const relabelled = { ...signature, meaning: 'reviewed' as const }; // as: a meaning literal
    expect(await verifySignature(db, relabelled, product)).toEqual({
      isValid: false,
      problem: 'not-authentic',
    });
    const other = await sign(db, user, { ...product, brandName: 'Other' });
    const transplanted = { ...other, contentHash: signature.contentHash };
    expect(await verifySignature(db, transplanted, product)).toEqual({
      isValid: false,
      problem: 'not-authentic',
    });
  });

  it('lock the signed fields: a change needs a new signature, saved with it', async () => {
    const { db, user } = await approver();
    const actor = actorAt(undefined, user.id);
    const product = sampleProduct();
    const first = await sign(db, user, product);
    await writeSynced(db, {
      table: 'products',
      record: product,
      actor,
      operation: 'put',
      signatures: [first],
    });
    // Fields outside the signature may change; signed ones may not.
    await saveProduct(db, { ...product, synonyms: ['CDX'] }, actor);
    const renamed = { ...product, synonyms: ['CDX'], brandName: 'Cardivex XR' };
    const error: unknown = await saveProduct(db, renamed, actor).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SignedContentLockedError);
    expect((error as SignedContentLockedError).fields).toEqual(fields); // as: asserted above
    const second = await sign(db, user, renamed);
    await writeSynced(db, {
      table: 'products',
      record: renamed,
      actor,
      operation: 'put',
      signatures: [second],
    });
    const signatures = await listSignatures(db, { table: 'products', recordId: product.id });
    expect(signatures.map((signature) => signature.id)).toEqual([first.id, second.id]);
    expect((await verifySignature(db, first, renamed)).isValid).toBe(false);
    expect((await verifySignature(db, second, renamed)).isValid).toBe(true);
  });

  it('are never edited: saving a signature again is refused', async () => {
    const { db, user } = await approver();
    const product = sampleProduct();
    const signature = await sign(db, user, product);
    const actor = actorAt(undefined, user.id);
    await writeSynced(db, {
      table: 'products',
      record: product,
      actor,
      operation: 'put',
      signatures: [signature],
    });
    await expect(
      writeSynced(db, {
        table: 'signatures',
        record: { ...signature, meaning: 'reviewed' },
        actor,
        operation: 'put',
      }),
    ).rejects.toThrow(/signature of signatures record .* cannot change/);
  });
});

describe('handwritten signatures', () => {
  it('bind the HCP’s drawing to the signed questions; the name and image are encrypted', async () => {
    const { db, user } = await approver();
    const actor = actorAt(undefined, user.id);
    const inquiry = await createInquiry(db, sampleInquiry(), actor);
    const binding = { table: 'inquiries', recordId: inquiry.id, fields: ['personal.questions'] };
    const signature = createHandwrittenSignature({
      witness: actor,
      signerName: 'Dr. Erika Musterfrau',
      image: dot,
      meaning: 'confirmed',
      binding,
      record: inquiry,
    });
    await writeSynced(db, { table: 'signatures', record: signature, actor, operation: 'put' });
    expect(JSON.stringify(await db.signatures.get(signature.id))).not.toContain('Musterfrau');
    const [stored] = await listSignatures(db, { table: 'inquiries', recordId: inquiry.id });
    expect(stored && (await verifySignature(db, stored, inquiry))).toEqual({
      isValid: true,
      isImageChecked: true,
    });
    const redrawn = stored && { ...stored, personal: { ...stored.personal, image: `${dot}AA` } };
    expect(redrawn && (await verifySignature(db, redrawn as Signature, inquiry))).toEqual({
      isValid: false,
      problem: 'signer-changed',
    }); // as: a handwritten signature with another image
    const renamed = stored && { ...stored, personal: { ...stored.personal, signerName: 'X' } };
    expect(renamed && (await verifySignature(db, renamed as Signature, inquiry))).toEqual({
      isValid: false,
      problem: 'signer-changed',
    }); // as: a handwritten signature with another signer's name
    const edited = {
      ...inquiry,
      personal: {
        ...inquiry.personal,
        questions: [{ ...inquiry.personal.questions[0], text: 'Changed' }],
      },
    };
    expect(stored && (await verifySignature(db, stored, edited))).toEqual({
      isValid: false,
      problem: 'content-changed',
    });
  });
});
