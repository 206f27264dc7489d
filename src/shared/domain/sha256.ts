import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The lower-case hex SHA-256 of bytes, or of text as UTF-8: the one digest of the product (blob
 * names, frozen letters, signature and audit bindings). Synchronous, so it can run inside a
 * Dexie transaction, where awaiting WebCrypto would end the transaction.
 */
export function sha256HexOf(input: Uint8Array | string): string {
  return bytesToHex(sha256(typeof input === 'string' ? utf8ToBytes(input) : input));
}
