import { newInquirySchema } from '../../../shared/schemas';
import type { Id, Inquiry, InquiryContent, NewInquiry, Reference } from '../../../shared/schemas';
import { createId, localYearOf } from '../../../shared/domain';
import type { MedinfoDatabase } from './db';
import { RecordNotFoundError } from './errors';
import { recordsFromRows } from './read-records';
import { newRecordFields } from './record-fields';
import { commitSynced } from './write-synced';
import type { Actor } from './write-synced';

/** Fields a person may change after creation; identity, reference and stamps are the store's. */
export type InquiryChanges = Partial<InquiryContent>;

/**
 * A new inquiry; its id may be chosen beforehand, when something must refer to the inquiry
 * before it is saved (the HCP's booth signature is bound to it).
 */
export type NewInquiryWithId = NewInquiry & { id?: Id };

/**
 * Creates inquiries in ONE transaction, each with its chosen or a new id and a reference from
 * this device's counter for the actor's local year, an outbox row and an audit event.
 * Throws a ZodError (with field paths) when an input is invalid — before anything is written —
 * a RangeError when a chosen id is already taken (a second save of the same request), and
 * StoreNotOpenError when the store has no device identity.
 */
export async function createInquiries(
  db: MedinfoDatabase,
  inputs: readonly NewInquiryWithId[],
  actor: Actor,
): Promise<Inquiry[]> {
  const contents = inputs.map((input) => newInquirySchema.parse(input));
  const ids = inputs.map((input) => input.id ?? createId({ msecs: Date.parse(actor.at) }));
  const receipts = await commitSynced(db, {
    table: 'inquiries',
    actor,
    operation: 'put',
    ids,
    // The references are reserved before the transaction and taken in it (decision 0004, 0011).
    references: { prefix: 'MI', year: localYearOf(actor.at) },
    build: (current, references) =>
      contents.map((content, index): Inquiry => {
        if (current[index]) throw new RangeError(`Inquiry ${ids[index]} is already saved`);
        const reference = references[index];
        const id = ids[index];
        if (reference === undefined || id === undefined)
          throw new RangeError('Fewer references than inquiries');
        return { ...newRecordFields(actor, id), ...content, reference };
      }),
  });
  return receipts.map((receipt) => receipt.record);
}

/** Creates one inquiry; see `createInquiries` for what is written and when it throws. */
export async function createInquiry(
  db: MedinfoDatabase,
  input: NewInquiryWithId,
  actor: Actor,
): Promise<Inquiry> {
  const [inquiry] = await createInquiries(db, [input], actor);
  if (!inquiry) throw new Error('createInquiries returned no inquiry for one input');
  return inquiry;
}

/**
 * An inquiry by id, its personal part decrypted; undefined when unknown or deleted. Throws
 * StoreLockedError while locked.
 */
export async function getInquiry(db: MedinfoDatabase, id: Id): Promise<Inquiry | undefined> {
  const row = await db.inquiries.get(id);
  if (row === undefined || row.deleted) return undefined;
  const [inquiry] = await recordsFromRows(db, 'inquiries', [row]);
  return inquiry;
}

/** An inquiry by its reference (as printed on receipts); undefined when unknown or deleted. */
export async function findInquiryByReference(
  db: MedinfoDatabase,
  reference: Reference,
): Promise<Inquiry | undefined> {
  const row = await db.inquiries.where('reference').equals(reference).first();
  if (row === undefined || row.deleted) return undefined;
  const [inquiry] = await recordsFromRows(db, 'inquiries', [row]);
  return inquiry;
}

/** The stored inquiry, refusing one that is missing or deleted. */
function existing(current: readonly (Inquiry | null)[], id: Id): Inquiry {
  const inquiry = current[0];
  if (!inquiry || inquiry.deleted) throw new RecordNotFoundError('inquiries', id);
  return inquiry;
}

/**
 * Applies `changes` to the stored inquiry (replacing `personal` as a whole when given) and
 * writes it through the synced write path, rebuilt from the newer version if another write gets
 * in first. Throws RecordNotFoundError when the inquiry does not exist or is deleted, a ZodError
 * when the result is invalid (e.g. an off-label request leaving draft without an unsolicited
 * confirmation), and as `writeSynced`.
 */
export async function updateInquiry(
  db: MedinfoDatabase,
  id: Id,
  changes: InquiryChanges,
  actor: Actor,
): Promise<Inquiry> {
  const [receipt] = await commitSynced(db, {
    table: 'inquiries',
    actor,
    operation: 'put',
    ids: [id],
    build: (current) => [{ ...existing(current, id), ...changes }],
  });
  if (!receipt) throw new RecordNotFoundError('inquiries', id);
  return receipt.record;
}

/**
 * Deletes an inquiry as a tombstone (kept, synced, audited; never erased here — purging
 * personal data destroys its key: see purgePersonalData). Throws RecordNotFoundError when the
 * inquiry does not exist or is already deleted, and as `writeSynced`.
 */
export async function deleteInquiry(db: MedinfoDatabase, id: Id, actor: Actor): Promise<void> {
  await commitSynced(db, {
    table: 'inquiries',
    actor,
    operation: 'delete',
    ids: [id],
    build: (current) => [existing(current, id)],
  });
}
