import {
  customResponseSignatureTable,
  responseSignatureTable,
  type DocumentSignature,
} from '../../../shared/documents';
import type { ElectronicSignature } from '../../../shared/signatures';
import type { Id, Inquiry, IsoDate } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { queryInquiries } from './inquiry-query';
import { listSignatures } from './signing';
import { getUser } from './users-repository';

/**
 * The answered (and closed) inquiries of an event with their personal parts, for the batch of
 * letters. Reads page by page through the list's query (so the scan budget holds).
 */
export async function listAnsweredInquiriesOfEvent(
  db: MedinfoDatabase,
  eventId: Id,
  today: IsoDate,
): Promise<Inquiry[]> {
  const found: Inquiry[] = [];
  let afterKey: string | null = null;
  do {
    const page = await queryInquiries(db, {
      filter: { eventId, statuses: ['answered', 'closed'] },
      sort: 'received-oldest',
      today,
      limit: 500,
      afterKey,
    });
    found.push(...page.inquiries);
    afterKey = page.nextKey;
  } while (afterKey !== null);
  return found;
}

/**
 * The e-signatures of the inquiries' sent letters as letters print them, by response id: the
 * review of a custom response first, then "sent" (with the signer's job title as their account
 * has it now).
 */
export async function listSentLetterSignatures(
  db: MedinfoDatabase,
  inquiries: readonly Inquiry[],
): Promise<Map<Id, DocumentSignature[]>> {
  const printed = new Map<Id, DocumentSignature[]>();
  for (const inquiry of inquiries) {
    for (const response of inquiry.responses) {
      if (response.signatureId === null) continue;
      const sent = await findElectronic(
        db,
        responseSignatureTable,
        response.id,
        response.signatureId,
      );
      if (!sent) continue;
      const custom = inquiry.customResponses.find(
        (one) =>
          one.reviewSignatureId !== null && one.reviewSignatureId === response.reviewSignatureId,
      );
      const review =
        custom && custom.reviewSignatureId
          ? await findElectronic(
              db,
              customResponseSignatureTable,
              custom.id,
              custom.reviewSignatureId,
            )
          : null;
      printed.set(response.id, [
        ...(review ? [await printedOf(db, review, 'custom-response-reviewed')] : []),
        await printedOf(db, sent, 'response-released'),
      ]);
    }
  }
  return printed;
}

async function findElectronic(
  db: MedinfoDatabase,
  table: string,
  recordId: Id,
  signatureId: Id,
): Promise<ElectronicSignature | null> {
  const signatures = await listSignatures(db, { table, recordId });
  const found = signatures.find((signature) => signature.id === signatureId);
  return found?.kind === 'electronic' ? found : null;
}

async function printedOf(
  db: MedinfoDatabase,
  signature: ElectronicSignature,
  meaning: DocumentSignature['meaning'],
): Promise<DocumentSignature> {
  const signer = await getUser(db, signature.signerUserId);
  return {
    printedName: signature.printedName,
    jobTitle: signer?.jobTitle || null,
    signedAt: signature.signedAt,
    meaning,
    contentHash: signature.contentHash,
  };
}
