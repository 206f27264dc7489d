import { genesisHash } from '../schemas/audit-event';
import type { AuditEvent, AuditEventContent, AuditHead } from '../schemas/audit-event';
import { canonicalJson } from './canonical-json';
import { sha256HexOf } from './sha256';

/** The head of a chain that has no events yet. */
export const emptyAuditHead: AuditHead = { sequence: 0, hash: genesisHash };

/**
 * SHA-256 over the canonical JSON of the event (without its own `hash`) and the previous hash.
 * Synchronous on purpose: it runs inside a Dexie transaction, and awaiting WebCrypto there would
 * let IndexedDB auto-commit the transaction before the audit event is written
 * (docs/decisions/0003).
 */
export function hashAuditEvent(
  event: AuditEventContent & { hash?: string; previousHash?: string },
  previousHash: string,
): string {
  const { hash: _hash, previousHash: _previous, ...content } = event;
  const text = canonicalJson({ ...content, previousHash });
  return sha256HexOf(text);
}

/**
 * Links event content to the chain: the next sequence number, the previous hash and its own
 * hash. Throws a RangeError when the content's sequence does not follow the head.
 */
export function chainAuditEvent(content: AuditEventContent, head: AuditHead): AuditEvent {
  if (content.sequence !== head.sequence + 1) {
    throw new RangeError(`Audit sequence ${content.sequence} does not follow ${head.sequence}`);
  }
  return { ...content, previousHash: head.hash, hash: hashAuditEvent(content, head.hash) };
}

export type AuditChainBreak =
  'device-mismatch' | 'sequence-gap' | 'previous-hash-mismatch' | 'hash-mismatch' | 'head-mismatch';

export type AuditChainVerdict =
  | { ok: true; length: number; head: AuditHead }
  | { ok: false; brokenAtSequence: number; reason: AuditChainBreak };

/**
 * Checks one device's chain, in sequence order: numbering from 1 without gaps (a deleted event
 * leaves one), each event pointing at the hash of the one before, and each hash matching its
 * content (an edited event no longer does). With `expectedHead` — the head kept in the store or
 * reported to the server — it also detects events removed from the end.
 * Returns the first broken sequence number, or ok.
 */
export function verifyAuditChain(
  events: readonly AuditEvent[],
  expectedHead?: AuditHead,
): AuditChainVerdict {
  const ordered = [...events].sort((left, right) => left.sequence - right.sequence);
  const deviceId = ordered[0]?.deviceId;
  let head = emptyAuditHead;
  for (const event of ordered) {
    const expectedSequence = head.sequence + 1;
    const broken = findBreak(event, head, deviceId);
    if (broken) {
      const brokenAtSequence = broken === 'sequence-gap' ? expectedSequence : event.sequence;
      return { ok: false, brokenAtSequence, reason: broken };
    }
    head = { sequence: event.sequence, hash: event.hash };
  }
  if (
    expectedHead &&
    (expectedHead.sequence !== head.sequence || expectedHead.hash !== head.hash)
  ) {
    const brokenAtSequence = Math.min(head.sequence + 1, expectedHead.sequence);
    return { ok: false, brokenAtSequence, reason: 'head-mismatch' };
  }
  return { ok: true, length: ordered.length, head };
}

function findBreak(
  event: AuditEvent,
  head: AuditHead,
  deviceId: string | undefined,
): AuditChainBreak | null {
  if (event.deviceId !== deviceId) return 'device-mismatch';
  if (event.sequence !== head.sequence + 1) return 'sequence-gap';
  if (event.previousHash !== head.hash) return 'previous-hash-mismatch';
  if (event.hash !== hashAuditEvent(event, event.previousHash)) return 'hash-mismatch';
  return null;
}
