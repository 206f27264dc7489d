import { base64UrlToBytes, bytesToBase64Url } from '../../../../shared/encoding';
import type { SigningPublicKey } from '../../../../shared/schemas';
import { sha256Base64Url, toBuffer } from './web-crypto';

const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const signing = { name: 'ECDSA', hash: 'SHA-256' } as const;
const encoder = new TextEncoder();

/** A new signing key pair: the private key as PKCS #8 bytes (to wrap), the public key as JWK. */
export type NewSigningKey = {
  privatePkcs8: Uint8Array<ArrayBuffer>;
  publicKeyJwk: SigningPublicKey['publicKeyJwk'];
  keyId: string;
};

/** RFC 7638 thumbprint of an EC public key: a key id anyone can recompute. */
async function thumbprint(jwk: SigningPublicKey['publicKeyJwk']): Promise<string> {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return sha256Base64Url(encoder.encode(canonical));
}

/** Generates an ECDSA P-256 key pair for an account's electronic signatures. */
export async function generateSigningKey(): Promise<NewSigningKey> {
  const pair = await crypto.subtle.generateKey(ecdsa, true, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const publicKeyJwk = {
    kty: 'EC' as const,
    crv: 'P-256' as const,
    x: jwk.x ?? '',
    y: jwk.y ?? '',
  };
  const privatePkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { privatePkcs8, publicKeyJwk, keyId: await thumbprint(publicKeyJwk) };
}

/** Signs a manifest with the account's private key (unwrapped for this one signing). */
export async function signManifest(privatePkcs8: Uint8Array, manifest: string): Promise<string> {
  const key = await crypto.subtle.importKey('pkcs8', toBuffer(privatePkcs8), ecdsa, false, [
    'sign',
  ]);
  const value = await crypto.subtle.sign(signing, key, encoder.encode(manifest));
  return bytesToBase64Url(new Uint8Array(value));
}

/** Whether `value` is a valid signature of `manifest` by the holder of `publicKeyJwk`. */
export async function verifyManifest(
  publicKeyJwk: SigningPublicKey['publicKeyJwk'],
  manifest: string,
  value: string,
): Promise<boolean> {
  const key = await crypto.subtle.importKey('jwk', publicKeyJwk, ecdsa, false, ['verify']);
  try {
    return await crypto.subtle.verify(
      signing,
      key,
      toBuffer(base64UrlToBytes(value)),
      encoder.encode(manifest),
    );
  } catch {
    return false;
  }
}
