import type { Signature } from '../../../../shared/signatures';
import { getDatabase, verifySignature } from '../../data';
import type { SignatureVerdict } from '../../data';

/**
 * Whether a signature still holds for a record: the record holds the signed content (SHA-256
 * of the canonical JSON of the signed fields) and the signature is authentic (the signer's
 * public key; for a handwritten one, its manifest and image hashes).
 */
export async function verifySignatureOf(
  signature: Signature,
  record: unknown,
): Promise<SignatureVerdict> {
  return verifySignature(getDatabase(), signature, record);
}
