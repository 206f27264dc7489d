import { bytesToBase64Url } from '../../../../shared/encoding';
import type { SealedEnvelope, SealingKey } from '../../../../shared/sync';
import {
  SEALING_ALGORITHM,
  SEALING_HKDF_INFO,
  sealingAdditionalData,
} from '../../../../shared/sync';
import { randomBytes } from './web-crypto';

const curve = { name: 'ECDH', namedCurve: 'P-256' } as const;
const encoder = new TextEncoder();

/**
 * Seals a record for the server (docs/sync-protocol.md, Sealed payloads): ECDH P-256 with an
 * ephemeral key, HKDF-SHA-256, AES-256-GCM with the table and record id as additional data.
 * Needs only the server's public key, so a locked laptop's queue stays sendable. Throws when
 * the key does not import (a SealingKey that did not come from the server).
 */
export async function sealForServer(
  key: SealingKey,
  binding: { table: string; recordId: string },
  record: unknown,
): Promise<SealedEnvelope> {
  const { subtle } = crypto;
  const serverPublic = await subtle.importKey('jwk', key.publicKeyJwk, curve, false, []);
  const ephemeral = await subtle.generateKey(curve, true, ['deriveBits']);
  const ephemeralRaw = new Uint8Array(await subtle.exportKey('raw', ephemeral.publicKey));
  const secret = await subtle.deriveBits(
    { name: 'ECDH', public: serverPublic },
    ephemeral.privateKey,
    256,
  );
  const hkdf = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  const aes = await subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: ephemeralRaw, info: encoder.encode(SEALING_HKDF_INFO) },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const iv = randomBytes(12);
  const ciphertext = await subtle.encrypt(
    {
      name: 'AES-GCM',
      iv,
      additionalData: encoder.encode(sealingAdditionalData(binding.table, binding.recordId)),
    },
    aes,
    encoder.encode(JSON.stringify(record)),
  );
  return {
    sealed: SEALING_ALGORITHM,
    kid: key.kid,
    epk: bytesToBase64Url(ephemeralRaw),
    iv: bytesToBase64Url(iv),
    ciphertext: bytesToBase64Url(new Uint8Array(ciphertext)),
  };
}
