import { bytesToHex } from '@noble/hashes/utils.js';
import { matchValuesOf } from '../../../../shared/identity';
import type { MatchValue } from '../../../../shared/identity';
import type { Keyring } from './keyring';

const encoder = new TextEncoder();

/**
 * The keyed hash of one normalised value, as stored in an indexed field: `kind:` and the first
 * 128 bits of HMAC-SHA-256 with the device's matching key. Without the key (a stolen disk) the
 * hashes cannot be tested against guessed names or addresses.
 */
export async function matchKeyOf(keyring: Keyring, match: MatchValue): Promise<string> {
  const mac = await Promise.resolve(
    crypto.subtle.sign('HMAC', keyring.matching, encoder.encode(`${match.kind}\n${match.value}`)),
  );
  return `${match.kind}:${bytesToHex(new Uint8Array(mac).subarray(0, 16))}`;
}

/** The keyed hashes of a person's e-mail, name and phone (those present). */
export async function matchKeysOf(
  keyring: Keyring,
  person: { name?: string | null; email?: string | null; phone?: string | null },
): Promise<string[]> {
  return Promise.all(matchValuesOf(person).map((match) => matchKeyOf(keyring, match)));
}
