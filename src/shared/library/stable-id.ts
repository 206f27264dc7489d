import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { createId } from '../domain/ids';
import type { Id } from '../schemas/common';

/** 2020-01-01T00:00:00Z: derived ids fall within ~50 days after it. */
const derivedIdEpoch = Date.UTC(2020, 0, 1);

/**
 * A UUID v7 derived from names rather than drawn at random: the same bundle ids give the same
 * record ids on every device and on every import, so re-importing a bundle updates its records
 * instead of duplicating them, and two laptops importing one bundle converge on the server
 * (decision 0032). The time field is derived from the digest too, so these ids do not sort by
 * creation time; nothing relies on that for library records.
 */
export function derivedLibraryId(kind: string, ...names: readonly string[]): Id {
  const digest = sha256(utf8ToBytes(['medinfo-library', kind, ...names].join('\u0000')));
  const offset = new DataView(digest.buffer, digest.byteOffset, 4).getUint32(0);
  return createId({ msecs: derivedIdEpoch + offset, random: digest.slice(4, 20) });
}
