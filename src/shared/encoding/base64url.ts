/**
 * Base64url without padding (RFC 4648 §5): how ciphertext, nonces and keys travel inside JSON
 * (sealed payloads, encrypted personal parts, audit events). Written out because ES2023 has no
 * base64 codec for bytes and src/shared may use neither `Buffer` nor `btoa`.
 */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const values = new Map([...alphabet].map((character, index) => [character, index]));

/** Encodes bytes as base64url without padding. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk =
      ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const characters = Math.min(4, Math.ceil(((bytes.length - index) * 8) / 6));
    for (let position = 0; position < characters; position += 1) {
      text += alphabet[(chunk >> (18 - position * 6)) & 63];
    }
  }
  return text;
}

/**
 * Decodes base64url (padding tolerated). Throws a SyntaxError on any other character or on a
 * length no encoder produces: a damaged value must be refused, never half-read.
 */
export function base64UrlToBytes(text: string): Uint8Array {
  const body = text.replace(/=+$/u, '');
  if (body.length % 4 === 1) throw new SyntaxError('Not base64url: impossible length');
  const bytes = new Uint8Array(Math.floor((body.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let offset = 0;
  for (const character of body) {
    const value = values.get(character);
    if (value === undefined) throw new SyntaxError('Not base64url: unexpected character');
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[offset] = (buffer >> bits) & 0xff;
      offset += 1;
    }
  }
  return bytes;
}
