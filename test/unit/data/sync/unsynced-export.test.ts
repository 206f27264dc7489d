import { describe, expect, it } from 'vitest';
import {
  SessionRefusedError,
  buildUnsyncedExport,
  createInquiry,
  openUnsyncedExport,
} from '../../../../src/renderer/src/data';
import { signOut } from '../../../../src/renderer/src/data/sync/session';
import { sampleInquiry } from '../../shared/fixtures';
import { actorAt, openTestStore } from '../store-fixtures';

const password = 'a long export password';
const fastIterations = 1_000;

describe('the encrypted export of unsynced changes', () => {
  it('opens with its password and holds the outbox and the records it concerns', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    const exported = await buildUnsyncedExport(db, password, actorAt().at, fastIterations);
    expect(exported.fileName).toMatch(/^medinfo-unsynced-[A-Z0-9]{3}-2026-03-02\.json$/);
    const envelope = JSON.parse(new TextDecoder().decode(exported.bytes)) as Record<
      string,
      unknown
    >;
    expect(envelope).toMatchObject({
      format: 'medinfo-desk-unsynced-changes',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: fastIterations },
      cipher: { name: 'AES-GCM' },
    });
    // Nothing of the content is readable without the password.
    expect(new TextDecoder().decode(exported.bytes)).not.toContain('Erika');
    const content = await openUnsyncedExport(exported.bytes, password);
    expect(content.outbox.map((entry) => entry.recordId)).toEqual([inquiry.id]);
    expect(content.records[0]?.record).toMatchObject({
      id: inquiry.id,
      reference: inquiry.reference,
    });
    expect(exported.covers.mutationIds).toEqual([1]);
  });

  it('refuses a wrong password, a tampered header and a short password', async () => {
    const db = await openTestStore();
    await createInquiry(db, sampleInquiry(), actorAt());
    const exported = await buildUnsyncedExport(db, password, actorAt().at, fastIterations);
    await expect(openUnsyncedExport(exported.bytes, 'not the password')).rejects.toThrow(
      'Wrong password or damaged file',
    );
    const tampered = JSON.parse(new TextDecoder().decode(exported.bytes)) as { createdAt: string };
    tampered.createdAt = '2020-01-01T00:00:00.000Z';
    await expect(
      openUnsyncedExport(new TextEncoder().encode(JSON.stringify(tampered)), password),
    ).rejects.toThrow('Wrong password or damaged file');
    await expect(buildUnsyncedExport(db, 'short', actorAt().at)).rejects.toThrow(RangeError);
  });

  it('lets a sign-out through only when every unsynced change was exported', async () => {
    const db = await openTestStore();
    await createInquiry(db, sampleInquiry(), actorAt());
    await expect(signOut(db, null, null)).rejects.toBeInstanceOf(SessionRefusedError);
    const exported = await buildUnsyncedExport(db, password, actorAt().at, fastIterations);
    await createInquiry(db, sampleInquiry(), actorAt());
    await expect(signOut(db, null, exported.covers)).rejects.toMatchObject({
      reason: 'unsynced-data',
    });
    const complete = await buildUnsyncedExport(db, password, actorAt().at, fastIterations);
    await signOut(db, null, complete.covers);
    expect(await db.inquiries.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.audit.count()).toBe(2);
  });
});
