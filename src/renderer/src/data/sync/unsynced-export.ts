import { z } from 'zod';
import { outboxEntrySchema, syncIssueSchema } from '../../../../shared/schemas';
import type { OutboxEntry, SyncIssue, Timestamp } from '../../../../shared/schemas';
import { canonicalJson } from '../../../../shared/domain';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/sync';
import { requireDeviceIdentity } from '../audit-log';
import type { MedinfoDatabase } from '../db';
import type { UnsyncedData } from './session';

/**
 * The encrypted export of changes that exist only on this device (the outbox and the refused or
 * conflicting changes), which a sign-out demands first. Format (docs/sync-protocol.md, "Export
 * of unsynced changes"): a JSON envelope whose header names the key derivation (PBKDF2-SHA-256,
 * 600,000 iterations, 16-byte salt) and cipher (AES-256-GCM, 12-byte IV); the ciphertext is the
 * UTF-8 JSON content, authenticated together with the canonical JSON of the header.
 */

export const UNSYNCED_EXPORT_FORMAT = 'medinfo-desk-unsynced-changes';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const EXPORT_PBKDF2_ITERATIONS = 600_000;

const base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/u);

const headerSchema = z.strictObject({
  format: z.literal(UNSYNCED_EXPORT_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  deviceId: z.string(),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().min(1),
    salt: base64Schema,
  }),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: base64Schema }),
});

const envelopeSchema = headerSchema.extend({ ciphertext: base64Schema });

/** What the file holds once opened. */
export const unsyncedExportContentSchema = z.object({
  outbox: z.array(outboxEntrySchema),
  issues: z.array(syncIssueSchema),
  /** The current local copies of the records those changes concern. */
  records: z.array(z.object({ table: z.string(), record: z.record(z.string(), z.unknown()) })),
});
export type UnsyncedExportContent = z.infer<typeof unsyncedExportContentSchema>;

/** The file and which changes it holds (a sign-out checks that every change is covered). */
export type UnsyncedExport = {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  covers: UnsyncedData;
};

/**
 * Builds the encrypted export of every unsynced change.
 * Throws a RangeError for a password shorter than MIN_PASSWORD_LENGTH.
 */
export async function buildUnsyncedExport(
  db: MedinfoDatabase,
  password: string,
  now: Timestamp,
  iterations: number = EXPORT_PBKDF2_ITERATIONS,
): Promise<UnsyncedExport> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new RangeError(`The export password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const content = await collectContent(db);
  const device = await requireDeviceIdentity(db);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: z.infer<typeof headerSchema> = {
    format: UNSYNCED_EXPORT_FORMAT,
    version: 1,
    createdAt: now,
    deviceId: device.deviceId,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  };
  const key = await deriveKey(password, salt, iterations, 'encrypt');
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encode(canonicalJson(header)) },
    key,
    encode(JSON.stringify(content)),
  );
  const envelope = { ...header, ciphertext: toBase64(new Uint8Array(ciphertext)) };
  return {
    bytes: encode(JSON.stringify(envelope, null, 2)),
    fileName: `medinfo-unsynced-${device.deviceCode}-${now.slice(0, 10)}.json`,
    covers: {
      mutationIds: content.outbox.map((entry) => entry.mutationId),
      issueIds: content.issues.map((issue) => issue.id),
    },
  };
}

/**
 * Opens an export with its password.
 * @throws Error 'Wrong password or damaged file' when decryption fails; a ZodError when the file
 *   is not an export of this format
 */
export async function openUnsyncedExport(
  bytes: Uint8Array,
  password: string,
): Promise<UnsyncedExportContent> {
  const envelope = envelopeSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  const { ciphertext, ...header } = envelope;
  const key = await deriveKey(
    password,
    fromBase64(header.kdf.salt),
    header.kdf.iterations,
    'decrypt',
  );
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(header.cipher.iv),
        additionalData: encode(canonicalJson(header)),
      },
      key,
      fromBase64(ciphertext),
    );
  } catch {
    throw new Error('Wrong password or damaged file');
  }
  return unsyncedExportContentSchema.parse(JSON.parse(new TextDecoder().decode(plaintext)));
}

async function collectContent(db: MedinfoDatabase): Promise<UnsyncedExportContent> {
  return db.transaction('r', db.tables, async () => {
    const outbox: OutboxEntry[] = await db.outbox.toArray();
    const issues: SyncIssue[] = (await db.syncIssues.toArray()).filter(
      (issue) => issue.kind !== 'unreadable',
    );
    const keys = new Map<string, { table: string; id: string }>();
    for (const item of [...outbox, ...issues]) {
      keys.set(`${item.table}/${item.recordId}`, { table: item.table, id: item.recordId });
    }
    const records: UnsyncedExportContent['records'] = [];
    for (const { table, id } of keys.values()) {
      const record = await db.table<Record<string, unknown>, string>(table).get(id);
      if (record !== undefined) records.push({ table, record });
    }
    return { outbox, issues, records };
  });
}

async function deriveKey(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encode(password), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

function encode(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
