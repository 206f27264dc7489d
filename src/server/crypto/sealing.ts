import { createHash, webcrypto } from 'node:crypto';
import type { JsonWebKey } from 'node:crypto';
import type { SealedEnvelope } from '../../shared/sync';
import { SEALING_ALGORITHM, SEALING_HKDF_INFO, sealingAdditionalData } from '../../shared/sync';

/**
 * The server side of sealed payloads (format: src/shared/sync/sealing.ts and
 * docs/sync-protocol.md). Node's WebCrypto is used on purpose: the same calls as the client's
 * Chromium, so both sides agree byte for byte.
 */

const { subtle } = webcrypto;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const encoder = new TextEncoder();

/** A fresh key pair, ready to store. */
export type GeneratedSealingKey = { kid: string; publicJwk: JsonWebKey; privateJwk: JsonWebKey };

/** Private keys by kid, imported once at start. */
export type SealingKeyring = ReadonlyMap<string, webcrypto.CryptoKey>;

/**
 * The RFC 7638 thumbprint of an EC public key: a kid every instance derives the same way.
 * @throws never for a P-256 JWK
 */
export function jwkThumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url');
}

/**
 * Generates an ECDH P-256 key pair for sealing.
 * @throws never in practice (WebCrypto failures only)
 */
export async function generateSealingKey(): Promise<GeneratedSealingKey> {
  const pair = await subtle.generateKey(ECDH, true, ['deriveBits']);
  const publicJwk = (await subtle.exportKey('jwk', pair.publicKey)) as JsonWebKey;
  const privateJwk = (await subtle.exportKey('jwk', pair.privateKey)) as JsonWebKey;
  return {
    kid: jwkThumbprint(publicJwk),
    publicJwk: { kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x, y: publicJwk.y },
    privateJwk,
  };
}

/**
 * Imports stored private keys.
 * @throws when a stored JWK is not a P-256 private key
 */
export async function importSealingKeys(
  keys: readonly { kid: string; privateJwk: JsonWebKey }[],
): Promise<SealingKeyring> {
  const entries = await Promise.all(
    keys.map(async (key) => {
      const imported = await subtle.importKey(
        'jwk',
        key.privateJwk as webcrypto.JsonWebKey,
        ECDH,
        false,
        ['deriveBits'],
      );
      return [key.kid, imported] as const;
    }),
  );
  return new Map(entries);
}

/** Opening a sealed payload failed for this reason. */
export class UnsealError extends Error {
  constructor(
    readonly reason: 'unknown-sealing-key' | 'unsealable-payload',
    message: string,
  ) {
    super(message);
    this.name = 'UnsealError';
  }
}

/**
 * Decrypts a sealed payload and parses its JSON.
 * @throws UnsealError 'unknown-sealing-key' for a kid this server never issued;
 *   'unsealable-payload' for a wrong key, a tampered ciphertext, another record's envelope, or bad JSON
 */
export async function openSealedPayload(
  envelope: SealedEnvelope,
  keyring: SealingKeyring,
  binding: { table: string; recordId: string },
): Promise<unknown> {
  const privateKey = keyring.get(envelope.kid);
  if (privateKey === undefined) {
    throw new UnsealError('unknown-sealing-key', `No sealing key ${envelope.kid} on this server.`);
  }
  if (envelope.sealed !== SEALING_ALGORITHM) {
    throw new UnsealError('unsealable-payload', 'Unknown sealing algorithm.');
  }
  try {
    const ephemeralRaw = Buffer.from(envelope.epk, 'base64url');
    const ephemeral = await subtle.importKey('raw', ephemeralRaw, ECDH, false, []);
    const secret = await subtle.deriveBits({ name: 'ECDH', public: ephemeral }, privateKey, 256);
    const hkdfKey = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
    const aesKey = await subtle.deriveKey(
      {
        name: 'HKDF',
        hash: 'SHA-256',
        salt: ephemeralRaw,
        info: encoder.encode(SEALING_HKDF_INFO),
      },
      hkdfKey,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const plaintext = await subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: Buffer.from(envelope.iv, 'base64url'),
        additionalData: encoder.encode(sealingAdditionalData(binding.table, binding.recordId)),
      },
      aesKey,
      Buffer.from(envelope.ciphertext, 'base64url'),
    );
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext)) as unknown;
  } catch {
    // One reason for every failure: telling a tampering client which step failed helps only it.
    throw new UnsealError(
      'unsealable-payload',
      'The sealed payload could not be opened for this record.',
    );
  }
}
