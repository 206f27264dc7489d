import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/user-service';
import type { Database } from '../../src/server/database/database';
import { inquirySchema } from '../../src/shared/schemas';
import type { Inquiry, ResponseDocument } from '../../src/shared/schemas';
import type { UserRole } from '../../src/shared/sync';
import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  SYNC_HEADERS,
  loginResponseSchema,
} from '../../src/shared/sync';
import { createId } from '../../src/shared/domain';
import type { DatabaseKind } from '../../test/integration/server/helpers/test-database';
import { createTestDatabase } from '../../test/integration/server/helpers/test-database';
import { makeInquiries } from './inquiry-factory';

/** The databases a sync scenario runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const BENCH_DATABASES: readonly DatabaseKind[] =
  process.env.DATABASE_URL === undefined || process.env.DATABASE_URL === ''
    ? ['pglite']
    : ['pglite', 'postgres'];

export const VERSION_HEADERS = {
  [SYNC_HEADERS.protocolVersion]: String(PROTOCOL_VERSION),
  [SYNC_HEADERS.schemaVersion]: String(SCHEMA_VERSION),
  [SYNC_HEADERS.appVersion]: '0.1.0',
};

/** One server instance over a fresh database, and a way to make signed-in users. */
export type BenchServer = {
  app: FastifyInstance;
  database: Database;
  signIn(role: UserRole): Promise<{ userId: string; token: string; deviceId: string }>;
  close(): Promise<void>;
};

const cheapHashing = { cost: 1024, blockSize: 8, parallelization: 1 };

export async function startBenchServer(kind: DatabaseKind): Promise<BenchServer> {
  const test = await createTestDatabase(kind);
  const app = await buildApp({
    database: test.database,
    settings: {
      passwordHashing: cheapHashing,
      loginRateLimit: { max: 100_000, timeWindowMs: 60_000 },
    },
  });
  let counter = 0;
  return {
    app,
    database: test.database,
    async signIn(role) {
      counter += 1;
      const username = `bench-${role}-${counter}`;
      const password = 'bench password 1234';
      const user = await createUser(
        test.database,
        { username, displayName: null, role, permissions: [], password },
        cheapHashing,
      );
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: VERSION_HEADERS,
        payload: { username, password, deviceName: 'Bench device' },
      });
      const body = loginResponseSchema.parse(response.json());
      return { userId: user.id, token: body.token, deviceId: body.deviceId };
    },
    async close() {
      await app.close();
      await test.dispose();
    },
  };
}

const at = '2026-01-05T09:00:00.000+01:00';
const author = '01930000-0000-7000-8000-0000000000aa';

/** `count` complete inquiry records as a device stores and pushes them. */
export function makeInquiryRecords(count: number, deviceCode: string): Inquiry[] {
  return makeInquiries(count).map((content, index) =>
    inquirySchema.parse({
      ...content,
      id: createId(),
      reference: `MI-2026-${deviceCode}-${String(index + 1).padStart(6, '0')}`,
      createdAt: at,
      updatedAt: at,
      createdBy: author,
      updatedBy: author,
      serverRevision: null,
      deleted: false,
    }),
  );
}

const paragraph =
  'In patients with moderate renal impairment (creatinine clearance 30–59 mL/min) no dose ' +
  'adjustment is needed; in severe impairment the starting dose is halved and titrated weekly. ';

/** `count` approved library documents of about 2 kB each. */
export function makeDocuments(count: number): ResponseDocument[] {
  const product = createId();
  return Array.from({ length: count }, (_, index) => {
    const id = createId();
    return {
      id,
      reference: `SRD-${String(index + 1).padStart(5, '0')}`,
      createdAt: at,
      updatedAt: at,
      createdBy: author,
      updatedBy: author,
      serverRevision: null,
      deleted: false,
      kind: index % 5 === 0 ? 'faq' : 'srd',
      title: `Standard response ${index + 1}: dosing in renal impairment`,
      productIds: [product],
      topics: ['dosing', 'renal impairment'],
      audience: 'hcp',
      language: 'en',
      summary: 'Dose adjustment by creatinine clearance.',
      body: `# Dosing\n\n${paragraph.repeat(8)}`,
      references: [],
      attachments: [],
      version: '1.0',
      status: 'approved',
      effectiveDate: '2026-01-01',
      reviewDate: '2027-12-31',
      variantGroupId: createId(),
      lineageId: id,
      supersedesId: null,
      approval: null,
      origin: null,
    };
  });
}

/** The value at the given fraction of sorted values (0.95 → p95). */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}
