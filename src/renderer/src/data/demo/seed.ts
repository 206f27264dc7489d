import { systemUserId } from '../../../../shared/schemas';
import type { Id, NewInquiry, ResponseDocument, Timestamp } from '../../../../shared/schemas';
import {
  addCalendarDays,
  createId,
  dueDateInCountry,
  localDateOf,
  toDeviceTimestamp,
} from '../../../../shared/domain';
import type { MedinfoDatabase } from '../db';
import { saveDocuments } from '../documents-repository';
import { saveEvent } from '../events-repository';
import { createInquiries } from '../inquiries-repository';
import { readMeta, writeMeta } from '../meta';
import { saveProducts } from '../products-repository';
import { newRecordFields } from '../record-fields';
import { saveSettings } from '../settings-repository';
import { saveUser } from '../users-repository';
import type { Actor } from '../write-synced';
import { cardivexDocuments } from './cardivex-documents';
import { cardivexInquiries } from './cardivex-inquiries';
import { demoEvent, demoSettings, demoUserIds, demoUsers } from './company';
import type { DemoInquiry } from './demo-inquiry';
import { glyconorDocuments } from './glyconor-documents';
import { glyconorInquiries } from './glyconor-inquiries';
import { demoProducts } from './products';
import { trombexaDocuments } from './trombexa-documents';
import { trombexaInquiries } from './trombexa-inquiries';

export const demoDocuments = [...cardivexDocuments, ...glyconorDocuments, ...trombexaDocuments];
export const demoInquiries = [...cardivexInquiries, ...glyconorInquiries, ...trombexaInquiries];

const millisecondsPerHour = 3_600_000;

function lookUp<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new RangeError(`Demo data names an unknown key: ${String(key)}`);
  return value;
}

/**
 * Seeds the fictional Halvorsen Pharma demo — 6 users, settings, 3 products, 1 congress, 31
 * library documents, 12 inquiries — once per store. Everything goes through the repositories,
 * so the demo is audited and queued like any other write, with the system user as actor. All
 * of it runs in one transaction with the guard flag: a failed seed leaves nothing behind and is
 * retried on the next start. Returns false when the store was already seeded.
 * Throws a ZodError if the demo data break a schema (a bug in the data files).
 */
export async function seedDemoData(db: MedinfoDatabase, now: Date): Promise<boolean> {
  const actor: Actor = { userId: systemUserId, at: toDeviceTimestamp(now) };
  const tables = [db.inquiries, db.products, db.documents, db.events, db.users, db.settings];
  return db.transaction('rw', [...tables, db.outbox, db.audit, db.meta], async () => {
    if (await readMeta(db, 'demoSeededAt')) return false;
    for (const user of demoUsers) {
      await saveUser(db, { ...user, createdAt: actor.at, updatedAt: actor.at }, actor);
    }
    await saveSettings(db, demoSettings, actor);
    const products = demoProducts.map(({ key, ...fields }) => ({
      key,
      product: { ...newRecordFields(actor), ...fields },
    }));
    await saveProducts(
      db,
      products.map(({ product }) => product),
      actor,
    );
    const productIds = new Map(products.map(({ key, product }) => [key, product.id]));
    const event = await saveEvent(db, { ...newRecordFields(actor), ...demoEvent }, actor);
    const documents = await saveDocuments(db, buildDocuments(actor, productIds), actor);
    const documentIds = new Map(documents.map((document) => [document.reference, document.id]));
    const context = { now, productIds, documentIds, eventId: event.id };
    await createInquiries(
      db,
      demoInquiries.map((demo) => buildInquiry(demo, context)),
      actor,
    );
    await writeMeta(db, 'demoSeededAt', actor.at);
    return true;
  });
}

function buildDocuments(actor: Actor, productIds: ReadonlyMap<string, Id>): ResponseDocument[] {
  const today = localDateOf(actor.at);
  const variantGroupIds = new Map<string, Id>();
  return demoDocuments.map(({ product, variantGroup, ageDays, validDays, ...fields }) => {
    const variantGroupId = variantGroupIds.get(variantGroup) ?? createId();
    variantGroupIds.set(variantGroup, variantGroupId);
    const effectiveDate = addCalendarDays(today, -ageDays);
    return {
      ...newRecordFields(actor),
      ...fields,
      productIds: [lookUp(productIds, product)],
      variantGroupId,
      effectiveDate,
      reviewDate: addCalendarDays(effectiveDate, validDays),
    };
  });
}

type InquiryContext = {
  now: Date;
  productIds: ReadonlyMap<string, Id>;
  documentIds: ReadonlyMap<string | undefined, Id>;
  eventId: Id;
};

/** Answered demo inquiries were answered a day after receipt (never in the future). */
function demoResponseTime(receivedAt: Timestamp, now: Date): Timestamp {
  const answered = Math.min(Date.parse(receivedAt) + 26 * millisecondsPerHour, now.getTime());
  return toDeviceTimestamp(new Date(answered));
}

function buildInquiry(demo: DemoInquiry, context: InquiryContext): NewInquiry {
  const receivedAt: Timestamp =
    'at' in demo.received
      ? demo.received.at
      : toDeviceTimestamp(
          new Date(context.now.getTime() - demo.received.hoursAgo * millisecondsPerHour),
        );
  const questions = demo.questions.map((question) => ({ ...question, id: createId() }));
  const linkedDocumentIds = (references: readonly string[]): Id[] =>
    references.map((reference) => lookUp(context.documentIds, reference));
  const assignedTo = demo.assignee === null ? null : demoUserIds[demo.assignee];
  return {
    status: demo.status,
    channel: demo.channel,
    urgency: demo.urgency,
    receivedAt,
    dueDate: dueDateInCountry({
      receivedAt,
      urgency: demo.urgency,
      businessDays: demoSettings.dueDateBusinessDays,
      country: demo.requester.country,
    }),
    productIds: demo.products.map((key) => lookUp(context.productIds, key)),
    eventId: demo.isAtEvent ? context.eventId : null,
    assignedTo,
    preferredResponseMethod: demo.preferredResponseMethod,
    consentToContact: demo.consentToContact,
    isOffLabel: demo.unsolicited !== null,
    unsolicitedConfirmation:
      demo.unsolicited === null
        ? null
        : { confirmedAt: receivedAt, method: demo.unsolicited, signatureId: null },
    safetyScreen: demo.safety === null ? null : { answeredAt: receivedAt, ...demo.safety },
    requester: demo.requester,
    questions: questions.map(({ id, category, documentReferences }) => ({
      id,
      category,
      linkedDocumentIds: linkedDocumentIds(documentReferences),
    })),
    responses:
      (demo.status === 'answered' || demo.status === 'closed') && assignedTo !== null
        ? [
            {
              id: createId(),
              sentAt: demoResponseTime(receivedAt, context.now),
              sentBy: assignedTo,
              method: demo.preferredResponseMethod,
              documentIds: linkedDocumentIds(
                demo.questions.flatMap((question) => question.documentReferences),
              ),
              recipients: ['requester'],
            },
          ]
        : [],
    personal: {
      requester: demo.requesterPersonal,
      questions: questions.map(({ id, text }) => ({ questionId: id, text })),
      notes: demo.notes,
    },
  };
}
