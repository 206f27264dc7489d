import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, bytesToBase64Url } from '../../../src/shared/encoding';

describe('base64url', () => {
  it('encodes exactly like Node, without padding, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(bytesToBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
  });

  it('decodes what it encodes, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(base64UrlToBytes(bytesToBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses text no encoder produces instead of half-reading it', () => {
    expect(() => base64UrlToBytes('abc+')).toThrow(SyntaxError);
    expect(() => base64UrlToBytes('ab c')).toThrow(SyntaxError);
    expect(() => base64UrlToBytes('abcde')).toThrow('impossible length');
  });
});
