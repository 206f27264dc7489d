import type { ResponseDocument } from '../../../shared/schemas';
import { addCalendarDays, localDateOf } from '../../../shared/domain';
import type { MedinfoDatabase } from './db';
import { newRecordFields } from './record-fields';
import { writeSynced, type Actor } from './write-synced';

/** What an author gives for a new draft (from a Word file or typed in). */
export type NewDraftDocument = Pick<
  ResponseDocument,
  'kind' | 'title' | 'productIds' | 'topics' | 'audience' | 'language' | 'summary' | 'body'
> &
  Partial<Pick<ResponseDocument, 'origin' | 'references'>>;

/** Two years: the usual review cycle of a standard response. */
const defaultValidityDays = 730;

/**
 * Creates a draft document, version 1.0, its own lineage and variant group, effective from the
 * actor's day for two years (the approver sets the real dates before approval). Throws a
 * ZodError on invalid content and StoreNotOpenError without a device identity.
 */
export async function createDraftDocument(
  db: MedinfoDatabase,
  draft: NewDraftDocument,
  actor: Actor,
): Promise<ResponseDocument> {
  const fields = newRecordFields(actor);
  const today = localDateOf(actor.at);
  const receipt = await writeSynced(db, {
    table: 'documents',
    record: {
      ...fields,
      references: [],
      origin: null,
      ...draft,
      attachments: [],
      version: '1.0',
      status: 'draft',
      effectiveDate: today,
      reviewDate: addCalendarDays(today, defaultValidityDays),
      variantGroupId: fields.id,
      lineageId: fields.id,
      supersedesId: null,
      approval: null,
    },
    actor,
    operation: 'put',
  });
  return receipt.record;
}
