import { newInquirySchema } from '../../../shared/schemas';
import type { Id, Inquiry, InquiryContent, NewInquiry, Reference } from '../../../shared/schemas';
import { createId, localYearOf } from '../../../shared/domain';
import type { MedinfoDatabase } from './db';
import { RecordNotFoundError } from './errors';
import { allocateReferences } from './references';
import { inquiryFromRow } from './synced-tables';
import { newRecordFields } from './record-fields';
import { writeSynced, writeSyncedBatch } from './write-synced';
import type { Actor } from './write-synced';

/** Fields a person may change after creation; identity, reference and stamps are the store's. */
export type InquiryChanges = Partial<InquiryContent>;

/**
 * Creates inquiries in ONE transaction, each with a new id and a reference from this device's
 * counter for the actor's local year, an outbox row and an audit event.
 * Throws a ZodError (with field paths) when an input is invalid — before anything is written —
 * and StoreNotOpenError when the store has no device identity.
 */
export async function createInquiries(
  db: MedinfoDatabase,
  inputs: readonly NewInquiry[],
  actor: Actor,
): Promise<Inquiry[]> {
  const contents = inputs.map((input) => newInquirySchema.parse(input));
  return db.transaction('rw', [db.inquiries, db.outbox, db.audit, db.meta], async () => {
    const references = await allocateReferences(db, 'MI', localYearOf(actor.at), contents.length);
    const records = contents.map((content, index): Inquiry => {
      const reference = references[index];
      if (reference === undefined) throw new RangeError('Fewer references than inquiries');
      const id = createId({ msecs: Date.parse(actor.at) });
      return { ...newRecordFields(actor, id), ...content, reference };
    });
    const receipts = await writeSyncedBatch(db, {
      table: 'inquiries',
      records,
      actor,
      operation: 'put',
    });
    return receipts.map((receipt) => receipt.record);
  });
}

/** Creates one inquiry; see `createInquiries` for what is written and when it throws. */
export async function createInquiry(
  db: MedinfoDatabase,
  input: NewInquiry,
  actor: Actor,
): Promise<Inquiry> {
  const [inquiry] = await createInquiries(db, [input], actor);
  if (!inquiry) throw new Error('createInquiries returned no inquiry for one input');
  return inquiry;
}

/** An inquiry by id; undefined when unknown or deleted. */
export async function getInquiry(db: MedinfoDatabase, id: Id): Promise<Inquiry | undefined> {
  const row = await db.inquiries.get(id);
  return row === undefined || row.deleted ? undefined : inquiryFromRow(row);
}

/** An inquiry by its reference (as printed on receipts); undefined when unknown or deleted. */
export async function findInquiryByReference(
  db: MedinfoDatabase,
  reference: Reference,
): Promise<Inquiry | undefined> {
  const row = await db.inquiries.where('reference').equals(reference).first();
  return row === undefined || row.deleted ? undefined : inquiryFromRow(row);
}

/**
 * Applies `changes` to an inquiry (replacing `personal` as a whole when given) and writes it
 * through `writeSynced`. Throws RecordNotFoundError when the inquiry does not exist or is
 * deleted, and a ZodError when the result is invalid (e.g. an off-label request leaving draft
 * without an unsolicited confirmation).
 */
export async function updateInquiry(
  db: MedinfoDatabase,
  id: Id,
  changes: InquiryChanges,
  actor: Actor,
): Promise<Inquiry> {
  return db.transaction('rw', [db.inquiries, db.outbox, db.audit, db.meta], async () => {
    const current = await getInquiry(db, id);
    if (!current) throw new RecordNotFoundError('inquiries', id);
    const receipt = await writeSynced(db, {
      table: 'inquiries',
      record: { ...current, ...changes },
      actor,
      operation: 'put',
    });
    return receipt.record;
  });
}

/**
 * Deletes an inquiry as a tombstone (kept, synced, audited; never erased here — purging
 * personal data is the identity issue's key destruction). Throws RecordNotFoundError when the
 * inquiry does not exist or is already deleted.
 */
export async function deleteInquiry(db: MedinfoDatabase, id: Id, actor: Actor): Promise<void> {
  await db.transaction('rw', [db.inquiries, db.outbox, db.audit, db.meta], async () => {
    const current = await getInquiry(db, id);
    if (!current) throw new RecordNotFoundError('inquiries', id);
    await writeSynced(db, { table: 'inquiries', record: current, actor, operation: 'delete' });
  });
}
