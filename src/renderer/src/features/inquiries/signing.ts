import type {
  HcpSignature,
  HcpSignaturePersonal,
  Id,
  SignatureMeaning,
} from '../../../../shared/schemas';
import { createId, signatureBindingHash, toDeviceTimestamp } from '../../../../shared/domain';

/*
 * The ONE place that turns an HCP's drawing on the signature pad into a signature record. The
 * identity work's e-signature service will take over here (the officer's own signatures need
 * user ID and password, 21 CFR 11.200); callers keep this interface.
 */

export type HcpSignatureRequest = {
  /** The signed content: `signedContentOf(...)` of the record being signed. */
  content: Record<string, unknown>;
  /** The pad's drawing as a PNG data URL. */
  image: string;
  printedName: string;
  meaning: SignatureMeaning;
  /** The officer in whose presence the HCP signs. */
  witnessedBy: Id;
  now?: Date;
};

export type HcpSignatureRecord = { signature: HcpSignature; personal: HcpSignaturePersonal };

/**
 * A signature showing printed name, date/time and meaning (21 CFR 11.50), bound to a SHA-256 of
 * the canonical signed content (11.70). Throws a TypeError when the content is not plain JSON.
 */
export function createHcpSignature(request: HcpSignatureRequest): HcpSignatureRecord {
  const signedAt = toDeviceTimestamp(request.now ?? new Date());
  const printedName = request.printedName.trim();
  const contentHash = signatureBindingHash({
    content: request.content,
    meaning: request.meaning,
    signedAt,
    printedName,
    image: request.image,
  });
  return {
    signature: {
      id: createId(),
      signedAt,
      meaning: request.meaning,
      contentHash,
      witnessedBy: request.witnessedBy,
    },
    personal: { printedName, image: request.image },
  };
}
