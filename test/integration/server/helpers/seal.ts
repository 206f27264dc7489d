import type { Mutation, SealedEnvelope, SealingKey } from '../../../../src/shared/sync';
import {
  SEALING_ALGORITHM,
  SEALING_HKDF_INFO,
  isPersonalTableName,
  isSealedPayload,
  sealingAdditionalData,
} from '../../../../src/shared/sync';

/**
 * Seals a record exactly as the client will, with nothing but WebCrypto (the API Chromium has),
 * following docs/sync-protocol.md step by step. Independent of the server's code on purpose.
 */
export async function sealForServer(
  key: SealingKey,
  binding: { table: string; recordId: string },
  record: unknown,
): Promise<SealedEnvelope> {
  const { subtle } = globalThis.crypto;
  const curve = { name: 'ECDH', namedCurve: 'P-256' } as const;
  const serverPublic = await subtle.importKey('jwk', key.publicKeyJwk, curve, false, []);
  const ephemeral = await subtle.generateKey(curve, true, ['deriveBits']);
  const ephemeralRaw = new Uint8Array(await subtle.exportKey('raw', ephemeral.publicKey));
  const secret = await subtle.deriveBits(
    { name: 'ECDH', public: serverPublic },
    ephemeral.privateKey,
    256,
  );
  const hkdf = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  const encoder = new TextEncoder();
  const aes = await subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: ephemeralRaw, info: encoder.encode(SEALING_HKDF_INFO) },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await subtle.encrypt(
    {
      name: 'AES-GCM',
      iv,
      additionalData: encoder.encode(sealingAdditionalData(binding.table, binding.recordId)),
    },
    aes,
    encoder.encode(JSON.stringify(record)),
  );
  const base64Url = (bytes: ArrayBuffer | Uint8Array): string =>
    Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('base64url');
  return {
    sealed: SEALING_ALGORITHM,
    kid: key.kid,
    epk: base64Url(ephemeralRaw),
    iv: base64Url(iv),
    ciphertext: base64Url(ciphertext),
  };
}

/**
 * Seals the put payloads of tables with personal data, as a device does (decision 0014): the
 * server refuses them unsealed (decision 0078). Other tables, deletes and payloads sealed
 * already go as they are.
 */
export async function sealPersonalPayloads(
  key: SealingKey,
  mutations: readonly Mutation[],
): Promise<Mutation[]> {
  return Promise.all(
    mutations.map(async (mutation) =>
      mutation.payload === null ||
      !isPersonalTableName(mutation.table) ||
      isSealedPayload(mutation.payload)
        ? mutation
        : {
            ...mutation,
            payload: await sealForServer(
              key,
              { table: mutation.table, recordId: mutation.recordId },
              mutation.payload,
            ),
          },
    ),
  );
}
