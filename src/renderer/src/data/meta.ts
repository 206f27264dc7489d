import { z } from 'zod';
import { auditHeadSchema, deviceIdentitySchema, timestampSchema } from '../../../shared/schemas';
import type { AuditHead, DeviceIdentity, Timestamp } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';

/** The value type of each known meta key (each one the inferred type of its schema below). */
type MetaValues = {
  device: DeviceIdentity;
  auditHead: AuditHead;
  lastMutationId: number;
  pendingMutations: number;
  demoSeededAt: Timestamp;
  lastSyncAt: Timestamp;
};

/** The known meta keys and the shape of each value; values are parsed on every read. */
const metaSchemas: { [K in keyof MetaValues]: z.ZodType<MetaValues[K]> } = {
  device: deviceIdentitySchema,
  auditHead: auditHeadSchema,
  /** The last mutation id issued; the next outbox row gets this + 1. */
  lastMutationId: z.number().int().nonnegative(),
  /** Outbox rows not yet acknowledged, maintained so the UI never counts the table. */
  pendingMutations: z.number().int().nonnegative(),
  demoSeededAt: timestampSchema,
  /** Set by the sync engine after a successful round trip; absent until sync exists. */
  lastSyncAt: timestampSchema,
};

export type MetaKey = keyof MetaValues;
export type MetaValue<K extends MetaKey> = MetaValues[K];

/** Reads a meta value; undefined when never written. Throws a ZodError on a corrupt value. */
export async function readMeta<K extends MetaKey>(
  db: MedinfoDatabase,
  key: K,
): Promise<MetaValue<K> | undefined> {
  const row = await db.meta.get(key);
  if (row === undefined) return undefined;
  return metaSchemas[key].parse(row.value);
}

/** Writes a meta value. Inside a transaction it joins it (the caller's tables must include meta). */
export async function writeMeta<K extends MetaKey>(
  db: MedinfoDatabase,
  key: K,
  value: MetaValue<K>,
): Promise<void> {
  await db.meta.put({ key, value });
}

const counterSchema = z.number().int().nonnegative();

/** Reads a named counter (per-year reference counters); 0 when never written. */
export async function readCounter(db: MedinfoDatabase, key: string): Promise<number> {
  const row = await db.meta.get(`counter:${key}`);
  return row === undefined ? 0 : counterSchema.parse(row.value);
}

/** Stores a named counter's new value. */
export async function writeCounter(db: MedinfoDatabase, key: string, value: number): Promise<void> {
  await db.meta.put({ key: `counter:${key}`, value });
}
