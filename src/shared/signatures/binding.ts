import { canonicalJson } from '../domain/canonical-json';
import { sha256HexOf } from '../domain/sha256';
import type { JsonValue } from '../schemas/common';
import type { ElectronicSignature, HandwrittenSeal, Signature } from './schema';

/** SHA-256 (hex) of the canonical JSON of a value: what a signature is bound to. */
export function contentHashOf(content: unknown): string {
  return sha256HexOf(canonicalJson(content));
}

/** SHA-256 (hex) of text, e.g. a signature image's data URL. */
export function sha256HexOfText(text: string): string {
  return sha256HexOf(text);
}

function valueAt(record: unknown, path: string): JsonValue {
  let node: unknown = record;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return null;
    node = (node as Record<string, unknown>)[part]; // as: indexing a plain object by a path part
  }
  return node === undefined ? null : (node as JsonValue); // as: records are JSON (checked by canonicalJson when hashed)
}

/**
 * The signed content of a record: its value at each field path, keyed by the path. A missing
 * field counts as null, so adding an unrelated optional field never breaks a signature.
 */
export function signedContentOf(
  record: unknown,
  fields: readonly string[],
): Record<string, JsonValue> {
  return Object.fromEntries(fields.map((field) => [field, valueAt(record, field)]));
}

/** Whether a record still holds the content a signature covers. */
export function isContentUnchanged(
  signature: Pick<Signature, 'binding' | 'contentHash'>,
  record: unknown,
): boolean {
  return contentHashOf(signedContentOf(record, signature.binding.fields)) === signature.contentHash;
}

/**
 * The exact text an electronic signature's private key signs: everything the signature states,
 * so neither the meaning, the time, the signer, nor the record can be changed afterwards.
 */
export function electronicManifest(
  signature: Pick<
    ElectronicSignature,
    | 'kind'
    | 'id'
    | 'signerUserId'
    | 'signerUsername'
    | 'printedName'
    | 'meaning'
    | 'signedAt'
    | 'binding'
    | 'contentHash'
    | 'algorithm'
    | 'keyId'
  >,
): string {
  return canonicalJson({
    kind: signature.kind,
    id: signature.id,
    signerUserId: signature.signerUserId,
    signerUsername: signature.signerUsername,
    printedName: signature.printedName,
    meaning: signature.meaning,
    signedAt: signature.signedAt,
    binding: signature.binding,
    contentHash: signature.contentHash,
    algorithm: signature.algorithm,
    keyId: signature.keyId,
  });
}

/** The hash that ties a handwritten signature's signer, content, meaning and witness together. */
export function handwrittenManifestHash(seal: Omit<HandwrittenSeal, 'manifestHash'>): string {
  return contentHashOf({
    kind: 'handwritten',
    id: seal.id,
    witnessUserId: seal.witnessUserId,
    meaning: seal.meaning,
    signedAt: seal.signedAt,
    binding: seal.binding,
    contentHash: seal.contentHash,
    personalSha256: seal.personalSha256,
  });
}
