import Dexie from 'dexie';
import { deviceCodeAlphabet } from '../../src/shared/schemas';
import type { Inquiry } from '../../src/shared/schemas';
import type { Mutation, PushResponse, SealingKey } from '../../src/shared/sync';
import { MAX_PULL_LIMIT, serverInfoSchema } from '../../src/shared/sync';
import { openDatabase } from '../../src/renderer/src/data/store';
import { timestampToUtc } from '../../src/shared/domain';
import { unlockKeyring } from '../../src/renderer/src/data/crypto/keyring';
import { SyncEngine } from '../../src/renderer/src/data/sync/engine';
import { createInjectTransport } from '../../test/helpers/sync/inject-transport';
import { sealPersonalPayloads } from '../../test/integration/server/helpers/seal';
import type { DatabaseKind } from '../../test/integration/server/helpers/test-database';
import type { BenchResult, BenchScenario } from './scenario';
import { timeIt } from './scenario';
import type { BenchServer } from './sync-fixtures';
import {
  BENCH_DATABASES,
  VERSION_HEADERS,
  makeDocuments,
  makeInquiryRecords,
  percentile,
  startBenchServer,
} from './sync-fixtures';

const DEVICES = 50;
const PER_DEVICE = 200;
const BATCH = 100;

type Timed = { totalMs: number; batchMs: number[] };

/** A distinct device code per bench device, from the alphabet references allow. */
function deviceCodeOf(index: number): string {
  const base = deviceCodeAlphabet.length;
  const first = deviceCodeAlphabet[index % base] ?? 'A';
  const second = deviceCodeAlphabet[Math.floor(index / base) % base] ?? 'A';
  return `B${first}${second}`;
}

/** A device's inquiries as push batches, sealed for the server as a device seals them. */
async function sealedBatches(key: SealingKey, records: readonly Inquiry[]): Promise<Mutation[][]> {
  const batches: Mutation[][] = [];
  for (let start = 0; start < records.length; start += BATCH) {
    const mutations: Mutation[] = records.slice(start, start + BATCH).map((record, offset) => ({
      mutationId: start + offset + 1,
      table: 'inquiries',
      recordId: record.id,
      operation: 'put',
      baseRevision: null,
      payload: record,
      priority: 5,
    }));
    batches.push(await sealPersonalPayloads(key, mutations));
  }
  return batches;
}

/**
 * 50 devices push their inquiries at once, in batches, through the real push endpoint. Sealing
 * is the devices' work, done before the clock starts; opening the envelopes is the server's.
 */
async function pushFromDevices(server: BenchServer): Promise<Timed> {
  const { sealingKey } = serverInfoSchema.parse(
    (await server.app.inject({ url: '/api/v1/info' })).json(),
  );
  const devices = await Promise.all(
    Array.from({ length: DEVICES }, async (_, index) => ({
      session: await server.signIn('field-officer'),
      batches: await sealedBatches(sealingKey, makeInquiryRecords(PER_DEVICE, deviceCodeOf(index))),
    })),
  );
  const batchMs: number[] = [];
  const totalMs = await timeIt(() =>
    Promise.all(
      devices.map(async ({ session, batches }) => {
        for (const mutations of batches) {
          const began = performance.now();
          const response = await server.app.inject({
            method: 'POST',
            url: '/api/v1/sync/push',
            headers: { ...VERSION_HEADERS, authorization: `Bearer ${session.token}` },
            payload: { clientId: session.deviceId, mutations },
          });
          batchMs.push(performance.now() - began);
          if (response.statusCode !== 200) throw new Error(`push failed: ${response.body}`);
          // A refused mutation is fast and proves nothing: every one must be applied.
          const refused = response
            .json<PushResponse>()
            .results.find((result) => result.status !== 'applied');
          if (refused !== undefined) throw new Error(`not applied: ${JSON.stringify(refused)}`);
        }
      }),
    ),
  );
  return { totalMs, batchMs };
}

/** The same rows written with plain multi-row INSERTs, same batches and concurrency. */
async function insertRaw(server: BenchServer, ownerUserId: string): Promise<Timed> {
  const batchMs: number[] = [];
  const loads = Array.from({ length: DEVICES }, () => makeInquiryRecords(PER_DEVICE, 'RAW'));
  const totalMs = await timeIt(() =>
    Promise.all(
      loads.map(async (records) => {
        for (let start = 0; start < records.length; start += BATCH) {
          const batch = records.slice(start, start + BATCH);
          const values = batch
            .map(
              (_, row) =>
                `('inquiries', $${row * 2 + 1}::uuid, $${batch.length * 2 + 1}::uuid, nextval('record_revision_seq'), $${row * 2 + 2}::jsonb, '{}'::jsonb)`,
            )
            .join(', ');
          const parameters = [
            ...batch.flatMap((record) => [record.id, JSON.stringify(record)]),
            ownerUserId,
          ];
          const began = performance.now();
          await server.database.query(
            `INSERT INTO records (table_name, id, owner_user_id, server_revision, data, field_versions) VALUES ${values}`,
            parameters,
          );
          batchMs.push(performance.now() - began);
        }
      }),
    ),
  );
  return { totalMs, batchMs };
}

function pushResults(kind: DatabaseKind, ours: Timed, raw: Timed): BenchResult[] {
  const name = `sync-push-50x200-${kind}`;
  const count = DEVICES * PER_DEVICE;
  return [
    {
      scenario: name,
      metric: 'throughput',
      ours: (count / ours.totalMs) * 1000,
      baseline: (count / raw.totalMs) * 1000,
      unit: 'records/s',
      isLowerBetter: false,
    },
    {
      scenario: name,
      metric: 'p95 batch latency',
      ours: percentile(ours.batchMs, 0.95),
      baseline: percentile(raw.batchMs, 0.95),
      unit: 'ms',
      isLowerBetter: true,
    },
    {
      scenario: name,
      metric: 'total time',
      ours: ours.totalMs,
      baseline: raw.totalMs,
      unit: 'ms',
      isLowerBetter: true,
    },
  ];
}

export const syncPush: BenchScenario = {
  name: 'sync-push-50x200',
  description: `${DEVICES} devices push ${PER_DEVICE} inquiries each at once (batches of ${BATCH}, sealed, real push endpoint: unsealing, validation, ledger, field versions, one lock) vs raw multi-row INSERTs of the same rows into the same database`,
  run: async () => {
    const results: BenchResult[] = [];
    for (const kind of BENCH_DATABASES) {
      const server = await startBenchServer(kind);
      try {
        const owner = await server.signIn('field-officer');
        const raw = await insertRaw(server, owner.userId);
        const ours = await pushFromDevices(server);
        results.push(...pushResults(kind, ours, raw));
      } finally {
        await server.close();
      }
    }
    return results;
  },
};

const LIBRARY = 20_000;

/** Puts the library on the server as a content approver would, in pushes of 500. */
async function publishLibrary(server: BenchServer): Promise<ReturnType<typeof makeDocuments>> {
  const approver = await server.signIn('content-approver');
  const documents = makeDocuments(LIBRARY);
  for (let start = 0; start < documents.length; start += 500) {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...VERSION_HEADERS, authorization: `Bearer ${approver.token}` },
      payload: {
        clientId: approver.deviceId,
        mutations: documents.slice(start, start + 500).map((document, offset) => ({
          mutationId: start + offset + 1,
          table: 'documents',
          recordId: document.id,
          operation: 'put',
          baseRevision: null,
          payload: document,
          priority: 5,
        })),
      },
    });
    if (response.statusCode !== 200) throw new Error(`publishing failed: ${response.body}`);
  }
  return documents;
}

/** The engine pulls the whole library into a fresh device store. */
async function pullWithEngine(server: BenchServer, pageSize: number): Promise<number> {
  const officer = await server.signIn('field-officer');
  const name = `bench-pull-${crypto.randomUUID()}`;
  const db = await openDatabase({ name });
  // A signed-in person: pulled records are stored like local writes (personal parts encrypted).
  await unlockKeyring(db, crypto.getRandomValues(new Uint8Array(32)));
  await db.meta.bulkPut([
    {
      key: 'syncSession',
      value: {
        serverUrl: 'http://bench.test',
        clientId: officer.deviceId,
        token: officer.token,
        tokenExpiresAt: '2099-01-01T00:00:00.000Z',
        user: {
          id: officer.userId,
          username: 'bench',
          displayName: null,
          role: 'field-officer',
          permissions: [],
        },
        deviceName: 'Bench device',
        signedInAt: '2026-01-05T09:00:00.000Z',
      },
    },
  ]);
  const engine = new SyncEngine({
    db,
    appVersion: '0.1.0',
    createTransport: () => createInjectTransport(() => server.app),
    pageSize,
    yieldToUi: () => Promise.resolve(),
  });
  try {
    const milliseconds = await timeIt(async () => {
      const result = await engine.syncNow();
      if (result.outcome !== 'synced' || result.pulled !== LIBRARY)
        throw new Error(`pulled ${JSON.stringify(result)}`);
    });
    return milliseconds;
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

/** The same pages fetched over the same transport, then one raw bulkPut of the same rows. */
async function pullRaw(
  server: BenchServer,
  pageSize: number,
  documents: ReturnType<typeof makeDocuments>,
): Promise<number> {
  const officer = await server.signIn('field-officer');
  const name = `bench-raw-${crypto.randomUUID()}`;
  const db = await openDatabase({ name });
  try {
    return await timeIt(async () => {
      let since = 0;
      for (;;) {
        const response = await server.app.inject({
          method: 'GET',
          url: `/api/v1/sync/pull?since=${since}&limit=${pageSize}`,
          headers: { ...VERSION_HEADERS, authorization: `Bearer ${officer.token}` },
        });
        const page = response.json<{ hasMore: boolean; nextCheckpoint: number }>();
        since = page.nextCheckpoint;
        if (!page.hasMore) break;
      }
      await db.documents.bulkPut(
        documents.map((document) => ({
          ...document,
          updatedAtUtc: timestampToUtc(document.updatedAt),
        })),
      );
    });
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

export const syncPullLibrary: BenchScenario = {
  name: 'sync-pull-20k-library',
  description: `a fresh device pulls ${LIBRARY} library documents (~2 kB each) with the engine (pages of ${MAX_PULL_LIMIT}, each stored with its checkpoint in one transaction) vs fetching the same pages and one raw Dexie bulkPut`,
  run: async () => {
    const results: BenchResult[] = [];
    for (const kind of BENCH_DATABASES) {
      const server = await startBenchServer(kind);
      try {
        const documents = await publishLibrary(server);
        const raw = await pullRaw(server, MAX_PULL_LIMIT, documents);
        const ours = await pullWithEngine(server, MAX_PULL_LIMIT);
        results.push({
          scenario: `sync-pull-20k-library-${kind}`,
          metric: 'total time',
          ours,
          baseline: raw,
          unit: 'ms',
          isLowerBetter: true,
        });
      } finally {
        await server.close();
      }
    }
    return results;
  },
};
