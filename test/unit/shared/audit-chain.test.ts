import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  chainAuditEvent,
  emptyAuditHead,
  hashAuditEvent,
  verifyAuditChain,
} from '../../../src/shared/domain';
import type { AuditEvent, AuditEventContent } from '../../../src/shared/schemas';
import { testIds } from './fixtures';

function content(sequence: number, after: string): AuditEventContent {
  return {
    id: `01930000-0000-7000-8000-${String(sequence).padStart(12, '0')}`,
    deviceId: testIds.device,
    sequence,
    at: '2026-03-02T09:30:00.000+01:00',
    actorUserId: testIds.user,
    action: 'update',
    table: 'inquiries',
    recordId: testIds.record,
    changes: [{ field: 'status', before: 'open', after }],
    personal: { changes: [{ field: 'personal.notes', before: '', after: `note ${sequence}` }] },
  };
}

function buildChain(length: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  let head = emptyAuditHead;
  for (let sequence = 1; sequence <= length; sequence += 1) {
    const event = chainAuditEvent(content(sequence, `status ${sequence}`), head);
    events.push(event);
    head = { sequence, hash: event.hash };
  }
  return events;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth, including integer-like keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null }, 10: 'x', 2: 'y' })).toBe(
      '{"10":"x","2":"y","a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('leaves out undefined properties and refuses values JSON would change', () => {
    expect(canonicalJson({ a: undefined, b: 'é\n' })).toBe('{"b":"é\\n"}');
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson({ count: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([1, undefined])).toThrow(TypeError);
  });
});

describe('hashAuditEvent', () => {
  it('is a SHA-256 that depends on the content and the previous hash, not on key order', () => {
    const event = content(1, 'closed');
    const hash = hashAuditEvent(event, emptyAuditHead.hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(event).reverse()) as AuditEventContent; // as: same value, keys reversed to prove order does not matter
    expect(hashAuditEvent(reordered, emptyAuditHead.hash)).toBe(hash);
    expect(hashAuditEvent(content(1, 'open'), emptyAuditHead.hash)).not.toBe(hash);
    expect(hashAuditEvent(event, 'f'.repeat(64))).not.toBe(hash);
  });

  it('matches a known digest, so every platform computes the same chain', () => {
    // Recomputed independently with Node's crypto over the same canonical text.
    const event = content(1, 'closed');
    expect(hashAuditEvent(event, emptyAuditHead.hash)).toBe(
      'eac7dbd1597f86b8ab9a037f7405e0c74b24d43434a412fad11a62df21f5b378',
    );
  });
});

describe('verifyAuditChain', () => {
  it('accepts an intact chain and reports its head', () => {
    const events = buildChain(5);
    expect(verifyAuditChain(events, { sequence: 5, hash: events[4]?.hash ?? '' })).toEqual({
      ok: true,
      length: 5,
      head: { sequence: 5, hash: events[4]?.hash },
    });
  });

  it('finds an edited after-value at its sequence', () => {
    const events = buildChain(5);
    const tampered = events.map((event) =>
      event.sequence === 3
        ? { ...event, changes: [{ field: 'status', before: 'open', after: 'cancelled' }] }
        : event,
    );
    expect(verifyAuditChain(tampered)).toEqual({
      ok: false,
      brokenAtSequence: 3,
      reason: 'hash-mismatch',
    });
  });

  it('finds an edited personal value, which the hash covers too', () => {
    const events = buildChain(3);
    const tampered = events.map((event) =>
      event.sequence === 2 ? { ...event, personal: null } : event,
    );
    expect(verifyAuditChain(tampered)).toMatchObject({ ok: false, brokenAtSequence: 2 });
  });

  it('finds a deleted event as a gap', () => {
    const events = buildChain(5).filter((event) => event.sequence !== 2);
    expect(verifyAuditChain(events)).toEqual({
      ok: false,
      brokenAtSequence: 2,
      reason: 'sequence-gap',
    });
  });

  it('finds a re-hashed event by its broken link to the next one', () => {
    const events = buildChain(4);
    const forged = events.map((event) => {
      if (event.sequence !== 2) return event;
      const edited = { ...event, changes: [{ field: 'status', after: 'closed' }] };
      return { ...edited, hash: hashAuditEvent(edited, edited.previousHash) };
    });
    expect(verifyAuditChain(forged)).toEqual({
      ok: false,
      brokenAtSequence: 3,
      reason: 'previous-hash-mismatch',
    });
  });

  it('finds events removed from the end only against the expected head', () => {
    const events = buildChain(5);
    const head = { sequence: 5, hash: events[4]?.hash ?? '' };
    const truncated = events.slice(0, 3);
    expect(verifyAuditChain(truncated).ok).toBe(true);
    expect(verifyAuditChain(truncated, head)).toEqual({
      ok: false,
      brokenAtSequence: 4,
      reason: 'head-mismatch',
    });
  });
});
