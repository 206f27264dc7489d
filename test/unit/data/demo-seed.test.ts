import { describe, expect, it } from 'vitest';
import {
  listDocuments,
  listInquiryPage,
  listProducts,
  listUsers,
  getSettings,
  verifyStoredAuditChain,
} from '../../../src/renderer/src/data';
import { seedDemoData } from '../../../src/renderer/src/data/demo';
import { documentAvailability } from '../../../src/shared/domain';
import { referenceSchema, systemUserId } from '../../../src/shared/schemas';
import { openTestStore, writeFootprint } from './store-fixtures';

const now = new Date('2026-11-20T10:00:00.000Z');

describe('demo data', () => {
  it('seeds a fictional company with 3 products, 31 documents and 12 inquiries', async () => {
    const db = await openTestStore({ withDemoData: true, now });
    const products = await listProducts(db);
    expect(products.map((product) => `${product.brandName} (${product.genericName})`)).toEqual([
      'Cardivex (halvastatin)',
      'Glyconor (fjordagliptin)',
      'Trombexa (skarixaban)',
    ]);
    expect(await listDocuments(db)).toHaveLength(31);
    const { inquiries } = await listInquiryPage(db, { limit: 50 });
    expect(inquiries).toHaveLength(12);
    expect(inquiries.every((inquiry) => referenceSchema.safeParse(inquiry.reference).success)).toBe(
      true,
    );
    expect((await getSettings(db)).letterhead.companyName).toBe('Halvorsen Pharma GmbH');
    expect(await listUsers(db)).toHaveLength(6);
  });

  it('covers what the library must show: expired, draft and translated documents', async () => {
    const db = await openTestStore({ withDemoData: true, now });
    const documents = await listDocuments(db);
    const today = '2026-11-20';
    const availability = documents.map((document) => documentAvailability(document, today));
    expect(availability.filter((state) => state === 'sendable').length).toBeGreaterThan(15);
    expect(availability.filter((state) => state === 'expired').length).toBeGreaterThanOrEqual(3);
    expect(documents.filter((document) => document.status === 'draft')).toHaveLength(2);
    const languages = new Set(documents.map((document) => document.language));
    expect([...languages].sort()).toEqual(['de', 'en', 'fr']);
    const german = documents.find((document) => document.reference === 'SRD-CDX-001-DE');
    const english = documents.find((document) => document.reference === 'SRD-CDX-001');
    expect(german?.variantGroupId).toBe(english?.variantGroupId);
    expect(documents.every((document) => document.references.length <= 3)).toBe(true);
  });

  it('covers the inquiry statuses and channels, with one inquiry from the congress booth', async () => {
    const db = await openTestStore({ withDemoData: true, now });
    const { inquiries } = await listInquiryPage(db, { limit: 50 });
    expect(new Set(inquiries.map((inquiry) => inquiry.status)).size).toBe(8);
    expect(new Set(inquiries.map((inquiry) => inquiry.channel)).size).toBe(8);
    expect(new Set(inquiries.map((inquiry) => inquiry.requester.type)).size).toBe(8);
    const booth = inquiries.filter((inquiry) => inquiry.eventId !== null);
    expect(booth).toHaveLength(1);
    expect(booth[0]?.channel).toBe('booth');
    const event = await db.events.get(booth[0]?.eventId ?? '');
    expect(event?.name).toBe('ESC Congress 2026, Munich');
  });

  it('is audited like any write, by the system user, with an intact chain', async () => {
    const db = await openTestStore({ withDemoData: true, now });
    const events = await db.audit.toArray();
    expect(events.every((event) => event.actorUserId === systemUserId)).toBe(true);
    // 6 users + settings (audit only) and 3 products + 1 event + 31 documents + 12 inquiries.
    expect(await writeFootprint(db)).toMatchObject({ products: 3, outbox: 47, audit: 54 });
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, length: 54 });
  });

  it('runs once: a second seeding changes nothing', async () => {
    const db = await openTestStore({ withDemoData: true, now });
    const before = await writeFootprint(db);
    expect(await seedDemoData(db, new Date('2026-11-21T10:00:00.000Z'))).toBe(false);
    expect(await writeFootprint(db)).toEqual(before);
  });

  it('queues the inquiry with an adverse event at safety priority, first in line', async () => {
    const db = await openTestStore({ withDemoData: true, now });
    const first = await db.outbox.orderBy('[priority+mutationId]').first();
    const inquiry = await db.inquiries.get(first?.recordId ?? '');
    expect(inquiry?.safetyScreen?.hasAdverseEvent).toBe(true);
  });
});

describe('demo inquiries that were answered', () => {
  it('record what was sent, by whom, with the documents linked to their questions', async () => {
    const db = await openTestStore({ withDemoData: true, now });
    const { inquiries } = await listInquiryPage(db, { limit: 50 });
    const done = inquiries.filter((inquiry) => ['answered', 'closed'].includes(inquiry.status));
    expect(done).toHaveLength(4);
    for (const inquiry of done) {
      const [response] = inquiry.responses;
      expect(response?.sentBy).toBe(inquiry.assignedTo);
      expect(response?.documentIds).toEqual(inquiry.questions.flatMap((q) => q.linkedDocumentIds));
      expect(Date.parse(response?.sentAt ?? '')).toBeGreaterThan(Date.parse(inquiry.receivedAt));
    }
  });
});
