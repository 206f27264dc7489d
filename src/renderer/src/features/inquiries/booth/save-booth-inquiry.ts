import type { Inquiry } from '../../../../../shared/schemas';
import { createInquiry, discardDraft } from '../../../data';
import type { Actor, MedinfoDatabase } from '../../../data';
import type { BoothFields } from './booth-form';
import { boothInquiryOf } from './booth-record';
import type { BoothRecordContext } from './booth-record';

/** The id of the booth form's draft: one request is captured at a time on a device. */
export const boothDraftId = 'booth:new';

/**
 * Stores a completed booth request as an inquiry and only then discards its draft: a save that
 * fails (a full disk, a rule the store refuses) leaves the draft in place for the next try.
 * Throws whatever the store throws.
 */
export async function saveBoothInquiry(
  db: MedinfoDatabase,
  fields: BoothFields,
  context: Omit<BoothRecordContext, 'officerId' | 'savedAt'>,
  actor: Actor,
): Promise<Inquiry> {
  const input = boothInquiryOf(fields, {
    ...context,
    officerId: actor.userId,
    savedAt: actor.at,
  });
  const inquiry = await createInquiry(db, input, actor);
  await discardDraft(db, boothDraftId);
  return inquiry;
}
