import { createInquiries } from '../../src/renderer/src/data/inquiries-repository';
import {
  buildPersonalSearchIndex,
  searchPersonalText,
} from '../../src/renderer/src/data/personal-search';
import { lockStore } from '../../src/renderer/src/data/lock';
import { findKeyring, unlockKeyring } from '../../src/renderer/src/data/crypto/keyring';
import { openDatabase } from '../../src/renderer/src/data/store';
import type { MedinfoDatabase } from '../../src/renderer/src/data/db';
import type { Actor } from '../../src/renderer/src/data/write-synced';
import { inquiryFilterKeys, timestampToUtc } from '../../src/shared/domain';
import { recordsFromRows } from '../../src/renderer/src/data/read-records';
import { makeVariedInquiries, searchQueries } from './requester-population';
import type { BenchResult, BenchScenario } from './scenario';
import { timeIt } from './scenario';

const count = 50_000;
const batch = 5_000;
const actor: Actor = {
  userId: '01930000-0000-7000-8000-0000000000aa',
  at: '2026-01-05T09:00:00.000+01:00',
};

const queries = searchQueries(200);

function randomKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

/** 50,000 inquiries written through the real write path: personal parts encrypted. */
async function encryptedStore(): Promise<MedinfoDatabase> {
  const db = await openDatabase({ name: `bench-search-on-${process.pid}` });
  await unlockKeyring(db, randomKey());
  const inputs = makeVariedInquiries(count);
  for (let start = 0; start < count; start += batch) {
    await createInquiries(db, inputs.slice(start, start + batch), actor);
  }
  return db;
}

/** The same inquiries stored with their personal parts in plaintext: encryption off. */
async function plaintextStore(from: MedinfoDatabase): Promise<MedinfoDatabase> {
  const db = await openDatabase({ name: `bench-search-off-${process.pid}` });
  // The same records, decrypted once here, stored with their personal parts in plaintext.
  const records = await recordsFromRows(from, 'inquiries', await from.inquiries.toArray());
  const rows = records.map((record) => {
    const receivedAtUtc = timestampToUtc(record.receivedAt);
    return {
      ...record,
      receivedAtUtc,
      updatedAtUtc: timestampToUtc(record.updatedAt),
      filterKeys: inquiryFilterKeys({ ...record, receivedAtUtc }),
    };
  });
  await db.inquiries.bulkPut(rows);
  return db;
}

function queryLatency(db: MedinfoDatabase): { median: number; hits: number } {
  const times: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const start = performance.now();
    hits += searchPersonalText(db, query, 20).length;
    times.push(performance.now() - start);
  }
  times.sort((left, right) => left - right);
  return { median: times[Math.floor(times.length / 2)] ?? Number.NaN, hits };
}

/** Index build time (cold: no record key cached) and query latency of one store. */
async function measureStore(
  db: MedinfoDatabase,
): Promise<{ buildMs: number; queryMs: number; hits: number }> {
  findKeyring(db)?.recordKeys.clear();
  const buildMs = await timeIt(() => buildPersonalSearchIndex(db));
  const { median, hits } = queryLatency(db);
  return { buildMs, queryMs: median, hits };
}

export const personalSearch: BenchScenario = {
  name: 'personal-search-50k',
  description: `${count} inquiries: building the in-memory personal search index after unlock (read, unwrap keys, decrypt, index) and the median latency of ${queries.length} queries, encryption on vs off (the same rows stored in plaintext)`,
  run: async () => {
    const encrypted = await encryptedStore();
    const plaintext = await plaintextStore(encrypted);
    await unlockKeyring(plaintext, randomKey());
    const on = await measureStore(encrypted);
    lockStore(encrypted);
    await encrypted.delete();
    const off = await measureStore(plaintext);
    lockStore(plaintext);
    await plaintext.delete();
    if (on.hits !== off.hits || on.hits === 0) {
      throw new Error(
        `The two indexes disagree: ${on.hits} hits encrypted, ${off.hits} in plaintext`,
      );
    }
    const result = (metric: string, ours: number, baseline: number): BenchResult => ({
      scenario: 'personal-search-50k',
      metric,
      ours,
      baseline,
      unit: 'ms',
      isLowerBetter: true,
    });
    return [
      result('index build after unlock, on vs off', on.buildMs, off.buildMs),
      result('query latency (median), on vs off', on.queryMs, off.queryMs),
    ];
  },
};
