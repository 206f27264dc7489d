import { z } from 'zod';
import {
  auditHeadSchema,
  deviceIdentitySchema,
  syncCheckpointSchema,
  syncSessionSchema,
  timestampSchema,
} from '../../../shared/schemas';
import type {
  AuditHead,
  DeviceIdentity,
  SyncCheckpoint,
  SyncSession,
  Timestamp,
} from '../../../shared/schemas';
import { sealingKeySchema } from '../../../shared/sync';
import type { SealingKey } from '../../../shared/sync';
import type { MedinfoDatabase } from './db';
import { meddraReleaseFilesSchema, meddraReleaseInfoSchema } from '../../../shared/schemas';
import type { MeddraReleaseFiles, MeddraReleaseInfo } from '../../../shared/schemas';

/** The value type of each known meta key (each one the inferred type of its schema below). */
type MetaValues = {
  device: DeviceIdentity;
  auditHead: AuditHead;
  lastMutationId: number;
  pendingMutations: number;
  demoSeededAt: Timestamp;
  demoAccountsAt: Timestamp;
  lastSyncAt: Timestamp;
  writeVersion: number;
  deviceKeyCreatedAt: Timestamp;
  personalDataProtectedAt: Timestamp;
  serverSealingKey: SealingKey;
  meddraRelease: MeddraReleaseInfo;
  meddraReleaseFiles: MeddraReleaseFiles;
  demoRemovedAt: Timestamp;
  serverUrl: string;
  deviceName: string;
  syncSession: SyncSession;
  syncCheckpoint: SyncCheckpoint;
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
  /** When the demo accounts got the documented demo password (the sign-in screen shows it). */
  demoAccountsAt: timestampSchema,
  /** Set by the sync engine after a successful round trip (push, pull and files). */
  lastSyncAt: timestampSchema,
  /**
   * Bumped by every transaction that changes synced rows. A write prepares (decrypts, encrypts,
   * seals) outside its transaction, then commits only if this is unchanged (decision 0011).
   */
  writeVersion: z.number().int().nonnegative(),
  /** When this store's device data key was made (by its first account). */
  deviceKeyCreatedAt: timestampSchema,
  /** When plaintext personal data written before encryption existed was last protected. */
  personalDataProtectedAt: timestampSchema,
  /** The server's public sealing key (GET /api/v1/info); outbox payloads are sealed for it. */
  serverSealingKey: sealingKeySchema,
  /** The MedDRA release imported on this device: what the coding screens show (decision 0053). */
  meddraRelease: meddraReleaseInfoSchema,
  /** Its files as imported, re-read by the coder; kept apart so the summary reads fast. */
  meddraReleaseFiles: meddraReleaseFilesSchema,
  /** The demo company was removed to connect to a company server: never seed it again. */
  demoRemovedAt: timestampSchema,
  /** The configured sync server, validated with originOfServerUrl. */
  serverUrl: z.string().min(1).max(2048),
  /** How this laptop is listed to admins (list-devices). */
  deviceName: z.string().min(1).max(100),
  /** The session with the server; kept offline, so the app syncs again when it can. */
  syncSession: syncSessionSchema,
  /** Where the last stored pull page ended. */
  syncCheckpoint: syncCheckpointSchema,
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

/** Removes a meta value. Inside a transaction it joins it. */
export async function deleteMeta(db: MedinfoDatabase, key: MetaKey): Promise<void> {
  await db.meta.delete(key);
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
