/*
 * Base64 (RFC 4648, section 4) of bytes. src/shared has neither Buffer nor btoa, and
 * Uint8Array.prototype.toBase64 is newer than the Node.js the project supports.
 */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function symbol(index: number): string {
  return alphabet.charAt(index & 63);
}

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let index = 0; index < bytes.length; index += 3) {
    const first = bytes[index] ?? 0;
    const second = bytes[index + 1];
    const third = bytes[index + 2];
    const triple = (first << 16) | ((second ?? 0) << 8) | (third ?? 0);
    parts.push(
      symbol(triple >> 18) +
        symbol(triple >> 12) +
        (second === undefined ? '=' : symbol(triple >> 6)) +
        (third === undefined ? '=' : symbol(triple)),
    );
  }
  return parts.join('');
}

/** Base64 in lines of at most `lineLength` characters, as MIME bodies want them (RFC 2045). */
export function encodeBase64Lines(bytes: Uint8Array, lineLength = 76): string[] {
  const text = encodeBase64(bytes);
  const lines: string[] = [];
  for (let start = 0; start < text.length; start += lineLength) {
    lines.push(text.slice(start, start + lineLength));
  }
  return lines;
}
