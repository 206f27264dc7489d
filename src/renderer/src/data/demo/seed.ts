import { newInquirySchema, systemUserId } from '../../../../shared/schemas';
import type {
  CongressEvent,
  Id,
  Inquiry,
  Product,
  NewInquiry,
  Reference,
  ResponseDocument,
  Timestamp,
} from '../../../../shared/schemas';
import {
  addCalendarDays,
  createId,
  dueDateInCountry,
  localDateOf,
  localYearOf,
  toDeviceTimestamp,
} from '../../../../shared/domain';
import type { MedinfoDatabase } from '../db';
import { readMeta, writeMeta } from '../meta';
import { newRecordFields } from '../record-fields';
import { claimReferences, peekReferences } from '../references';
import { saveSettings } from '../settings-repository';
import { saveUser } from '../users-repository';
import { writeSyncedGroup } from '../write-group';
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

/** Thrown inside the seeding transaction when another start seeded first: nothing is written. */
class AlreadySeededError extends Error {}

/**
 * Seeds the fictional Halvorsen Pharma demo — 6 users, settings, 3 products, 1 congress, 31
 * library documents, 12 inquiries — once per store. Everything goes through the write path, so
 * the demo is encrypted, audited and queued like any other write, with the system user as
 * actor. All of it commits in one transaction with the guard flag: a failed seed leaves nothing
 * behind and is retried on the next start. Returns false when the store was already seeded.
 * Throws StoreLockedError when the store is locked (the inquiries' personal parts are
 * encrypted), and a ZodError if the demo data break a schema (a bug in the data files).
 */
export async function seedDemoData(db: MedinfoDatabase, now: Date): Promise<boolean> {
  const actor: Actor = { userId: systemUserId, at: toDeviceTimestamp(now) };
  // Seeded before, or removed to connect to a company server (demo/remove.ts): never again.
  if (await readMeta(db, 'demoSeededAt')) return false;
  if (await readMeta(db, 'demoRemovedAt')) return false;
  try {
    await writeSyncedGroup(db, actor, [db.users, db.settings, db.signatures], async () => {
      const year = localYearOf(actor.at);
      const references = await peekReferences(db, 'MI', year, demoInquiries.length);
      const records = buildRecords(actor, now, references);
      return {
        writes: [
          { table: 'products', records: records.products, operation: 'put' },
          { table: 'events', records: [records.event], operation: 'put' },
          { table: 'documents', records: records.documents, operation: 'put' },
          { table: 'inquiries', records: records.inquiries, operation: 'put' },
        ],
        alsoInTransaction: async () => {
          if (await readMeta(db, 'demoSeededAt')) throw new AlreadySeededError();
          for (const user of demoUsers) {
            await saveUser(db, { ...user, createdAt: actor.at, updatedAt: actor.at }, actor);
          }
          await saveSettings(db, demoSettings, actor);
          await claimReferences(db, { prefix: 'MI', year }, references);
          await writeMeta(db, 'demoSeededAt', actor.at);
        },
      };
    });
    return true;
  } catch (error) {
    if (error instanceof AlreadySeededError) return false;
    throw error;
  }
}

function buildRecords(
  actor: Actor,
  now: Date,
  references: readonly Reference[],
): {
  products: Product[];
  event: CongressEvent;
  documents: ResponseDocument[];
  inquiries: Inquiry[];
} {
  const products = demoProducts.map(({ key, ...fields }) => ({
    key,
    product: { ...newRecordFields(actor), ...fields },
  }));
  const productIds = new Map(products.map(({ key, product }) => [key, product.id]));
  const event = { ...newRecordFields(actor), ...demoEvent };
  const documents = buildDocuments(actor, productIds);
  const documentIds = new Map(documents.map((document) => [document.reference, document.id]));
  const context = { now, productIds, documentIds, eventId: event.id };
  const inquiries = demoInquiries.map((demo, index): Inquiry => {
    const reference = references[index];
    if (reference === undefined) throw new RangeError('Fewer references than demo inquiries');
    const id = createId({ msecs: Date.parse(actor.at) });
    const content = newInquirySchema.parse(buildInquiry(demo, context));
    return { ...newRecordFields(actor, id), ...content, reference };
  });
  return { products: products.map(({ product }) => product), event, documents, inquiries };
}

function buildDocuments(actor: Actor, productIds: ReadonlyMap<string, Id>): ResponseDocument[] {
  const today = localDateOf(actor.at);
  const variantGroupIds = new Map<string, Id>();
  return demoDocuments.map(({ product, variantGroup, ageDays, validDays, ...fields }) => {
    const variantGroupId = variantGroupIds.get(variantGroup) ?? createId();
    variantGroupIds.set(variantGroup, variantGroupId);
    const effectiveDate = addCalendarDays(today, -ageDays);
    const record = newRecordFields(actor);
    return {
      ...record,
      ...fields,
      productIds: [lookUp(productIds, product)],
      variantGroupId,
      lineageId: record.id,
      supersedesId: null,
      approval: null,
      attachments: [],
      origin: null,
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
