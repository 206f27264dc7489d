import { createInquiries, createInquiry } from '../../src/renderer/src/data/inquiries-repository';
import { openDatabase } from '../../src/renderer/src/data/store';
import { unlockKeyring } from '../../src/renderer/src/data/crypto/keyring';
import { MedinfoDatabase } from '../../src/renderer/src/data/db';
import type { InquiryRow } from '../../src/renderer/src/data/db';
import { verifyStoredAuditChain } from '../../src/renderer/src/data/audit-log';
import type { Actor } from '../../src/renderer/src/data/write-synced';
import type { AuditEvent, NewInquiry, OutboxEntry } from '../../src/shared/schemas';
import { makeInquiries } from './inquiry-factory';
import type { BenchResult, BenchScenario } from './scenario';
import { timeIt } from './scenario';

const actor: Actor = {
  userId: '01930000-0000-7000-8000-0000000000aa',
  at: '2026-01-05T09:00:00.000+01:00',
};

let databaseCount = 0;
function freshName(): string {
  databaseCount += 1;
  return `bench-${process.pid}-${databaseCount}`;
}

type StoredRows = { inquiries: InquiryRow[]; outbox: OutboxEntry[]; audit: AuditEvent[] };

/**
 * Writes `inputs` through the repositories (record + outbox + audit), then the same stored rows
 * with raw Dexie into a fresh store with the same schema. Returns both times and the rows.
 */
async function measure(
  inputs: readonly NewInquiry[],
  write: (db: MedinfoDatabase, inputs: readonly NewInquiry[]) => Promise<unknown>,
  rawWrite: (db: MedinfoDatabase, rows: StoredRows) => Promise<unknown>,
): Promise<{ oursMs: number; baselineMs: number; rows: StoredRows }> {
  const ours = await openDatabase({ name: freshName() });
  // Signed in: the write path encrypts every personal part (decision 0011).
  await unlockKeyring(ours, crypto.getRandomValues(new Uint8Array(32)));
  const oursMs = await timeIt(() => write(ours, inputs));
  const verdict = await verifyStoredAuditChain(ours);
  const outboxCount = await ours.outbox.count();
  if (!verdict.ok || outboxCount !== inputs.length) {
    throw new Error(`Write path incomplete: chain ${verdict.ok}, outbox ${outboxCount}`);
  }
  const rows = {
    inquiries: await ours.inquiries.toArray(),
    outbox: await ours.outbox.toArray(),
    audit: await ours.audit.toArray(),
  };
  await ours.delete();
  const baselineMs = await timeRaw((raw) => rawWrite(raw, rows));
  return { oursMs, baselineMs, rows };
}

/** Times a raw Dexie write into a fresh store with the same schema. */
async function timeRaw(rawWrite: (db: MedinfoDatabase) => Promise<unknown>): Promise<number> {
  const raw = new MedinfoDatabase(freshName());
  await raw.open();
  const milliseconds = await timeIt(() => rawWrite(raw));
  await raw.delete();
  return milliseconds;
}

/** The same three kinds of rows the write path stores, written raw in one transaction. */
async function writeAllRaw(db: MedinfoDatabase, rows: StoredRows): Promise<void> {
  await db.transaction('rw', [db.inquiries, db.outbox, db.audit], async () => {
    await db.inquiries.bulkPut(rows.inquiries);
    await db.outbox.bulkPut(rows.outbox);
    await db.audit.bulkPut(rows.audit);
  });
}

function report(name: string, count: number, oursMs: number, baselineMs: number): BenchResult[] {
  const perSecond = (ms: number): number => Math.round((count / ms) * 1000);
  return [
    {
      scenario: name,
      metric: 'total time',
      ours: oursMs,
      baseline: baselineMs,
      unit: 'ms',
      isLowerBetter: true,
    },
    {
      scenario: name,
      metric: 'throughput',
      ours: perSecond(oursMs),
      baseline: perSecond(baselineMs),
      unit: 'records/s',
      isLowerBetter: false,
    },
  ];
}

const count = 10_000;

export const storeWriteBatch: BenchScenario = {
  name: 'store-write-10k',
  description: `${count} inquiries via createInquiries (writeSyncedBatch: one transaction, one outbox row and one audit event each) vs raw Dexie bulkPut of the same rows`,
  run: async () => {
    const writeOurs = (db: MedinfoDatabase, inputs: readonly NewInquiry[]): Promise<unknown> =>
      createInquiries(db, inputs, actor);
    const writeRecordsRaw = (db: MedinfoDatabase, rows: StoredRows): Promise<unknown> =>
      db.inquiries.bulkPut(rows.inquiries);
    await measure(makeInquiries(200), writeOurs, writeRecordsRaw); // warm-up, not reported
    const { oursMs, baselineMs, rows } = await measure(
      makeInquiries(count),
      writeOurs,
      writeRecordsRaw,
    );
    // A fairer second baseline for our own CPU work (validation, diff, hashing): writing the
    // same record, outbox and audit rows raw, in one transaction.
    const allRowsMs = await timeRaw((raw) => writeAllRaw(raw, rows));
    return [
      ...report('store-write-10k', count, oursMs, baselineMs),
      {
        scenario: 'store-write-10k',
        metric: 'vs raw record+outbox+audit',
        ours: oursMs,
        baseline: allRowsMs,
        unit: 'ms',
        isLowerBetter: true,
      },
    ];
  },
};

export const storeWriteSingle: BenchScenario = {
  name: 'store-write-10k-single',
  description: `${count} inquiries via createInquiry, one transaction each (as typed by people) vs raw Dexie put, one transaction each`,
  run: async () => {
    const { oursMs, baselineMs } = await measure(
      makeInquiries(count),
      async (db, inputs) => {
        for (const input of inputs) await createInquiry(db, input, actor);
      },
      async (db, rows) => {
        for (const row of rows.inquiries) await db.inquiries.put(row);
      },
    );
    return report('store-write-10k-single', count, oursMs, baselineMs);
  },
};
