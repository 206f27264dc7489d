import type {
  AuditAction,
  AuditChange,
  Id,
  JsonValue,
  OutboxOperation,
  SyncedTable,
} from '../../../shared/schemas';
import { createId, diffRecords, toJsonValue } from '../../../shared/domain';
import {
  auditPersonalAad,
  isEncryptedEnvelope,
  localPayloadAad,
  personalAad,
} from '../../../shared/security/encryption';
import type { EncryptedEnvelope } from '../../../shared/security/encryption';
import type { SealingKey } from '../../../shared/sync';
import type { MedinfoDatabase, RecordKeyRow } from './db';
import { requireKeyring } from './crypto/keyring';
import type { Keyring } from './crypto/keyring';
import { matchKeysOf } from './crypto/match-keys';
import { createRecordKey, loadRecordKeys } from './crypto/record-keys';
import { sealForServer } from './crypto/sealing';
import { encryptJson } from './crypto/web-crypto';
import { ImmutableFieldError, RecordNotFoundError } from './errors';
import { isPersonalTable } from './personal-codec';
import { syncedTables } from './synced-tables';
import type { SyncedRecordOf } from './synced-tables';
import type { Actor } from './write-synced';

type AnyRecord = SyncedRecordOf[SyncedTable];

/** A record change, validated and diffed, before anything is encrypted. */
export type CheckedChange = {
  table: SyncedTable;
  operation: OutboxOperation;
  before: AnyRecord | null;
  after: AnyRecord;
  changes: AuditChange[];
  personalChanges: AuditChange[];
  /** The stored row the change starts from (its encrypted personal part may be reused). */
  storedRow: Record<string, unknown> | undefined;
};

/** A change ready to commit: everything that needs WebCrypto is already done. */
export type PreparedChange = CheckedChange & {
  row: Record<string, unknown>;
  newRecordKey: RecordKeyRow | null;
  outboxPayload: JsonValue;
  auditEventId: Id;
  auditPersonal: EncryptedEnvelope | null;
  action: AuditAction;
};

/**
 * The record as it will be stored: creation fields and server revision kept from the stored
 * version (Part 11: who created a record and when never changes), update fields from the actor.
 */
export function stamp<TRecord extends AnyRecord>(
  table: SyncedTable,
  record: TRecord,
  before: TRecord | null,
  actor: Actor,
  operation: OutboxOperation,
): TRecord {
  if (before === null && operation === 'delete') throw new RecordNotFoundError(table, record.id);
  if (before !== null && before.reference !== undefined && record.reference !== before.reference) {
    throw new ImmutableFieldError(table, record.id, 'reference');
  }
  return {
    ...record,
    createdAt: before?.createdAt ?? actor.at,
    createdBy: before?.createdBy ?? actor.userId,
    updatedAt: actor.at,
    updatedBy: actor.userId,
    serverRevision: before === null ? null : before.serverRevision,
    deleted: operation === 'delete',
  };
}

/** Stamps, validates (zod) and diffs one change. Throws as `writeSynced` documents. */
export function checkChange(
  table: SyncedTable,
  record: AnyRecord,
  before: AnyRecord | null,
  storedRow: Record<string, unknown> | undefined,
  actor: Actor,
  operation: OutboxOperation,
): CheckedChange {
  const schema = syncedTables[table].schema;
  const after = schema.parse(stamp(table, record, before, actor, operation));
  return { table, operation, before, after, storedRow, ...diffRecords(before, after) };
}

/** Whether a checked change changes anything (a new record always does). */
export function isChange(change: CheckedChange): boolean {
  return change.before === null || change.changes.length > 0 || change.personalChanges.length > 0;
}

type Encryption = { keyring: Keyring; keys: Map<string, CryptoKey | string> };

async function encryptionFor(
  db: MedinfoDatabase,
  changes: readonly CheckedChange[],
): Promise<Encryption | null> {
  const personal = changes.filter(
    (change) => isPersonalTable(change.table) && hasPersonalValue(change.after),
  );
  if (personal.length === 0) return null;
  const keyring = requireKeyring(db);
  const keys = new Map<string, CryptoKey | string>();
  for (const table of new Set(personal.map((change) => change.table))) {
    const ids = personal.filter((change) => change.table === table && change.before !== null);
    const loaded = await loadRecordKeys(
      db,
      keyring,
      table,
      ids.map((change) => change.after.id),
    );
    for (const [id, key] of loaded) keys.set(id, key);
  }
  return { keyring, keys };
}

function hasPersonalValue(record: AnyRecord): boolean {
  return 'personal' in record && record.personal !== null && record.personal !== undefined;
}

/**
 * Does all the WebCrypto work of a write BEFORE its transaction: per-record keys (new ones get a
 * wrapped key row), the encrypted personal part (reused when unchanged), keyed hashes for exact
 * matching, the encrypted personal part of the audit event, and the outbox payload — sealed for
 * the server when its key is known, else encrypted with the record's key (decision 0011, 0014).
 * Throws StoreLockedError when personal data must be encrypted and the store is locked.
 */
export async function prepareChanges(
  db: MedinfoDatabase,
  changes: readonly CheckedChange[],
  sealingKey: SealingKey | undefined,
  actor: Actor,
): Promise<PreparedChange[]> {
  const encryption = await encryptionFor(db, changes);
  return Promise.all(changes.map((change) => prepareOne(change, encryption, sealingKey, actor)));
}

async function prepareOne(
  change: CheckedChange,
  encryption: Encryption | null,
  sealingKey: SealingKey | undefined,
  actor: Actor,
): Promise<PreparedChange> {
  const { table, after, before, operation } = change;
  const action: AuditAction =
    before === null ? 'create' : operation === 'delete' ? 'delete' : 'update';
  const auditEventId = createId();
  const baseRow = { ...after, ...syncedTables[table].rowFields(after as never) }; // as never: the definition matches the change's table
  const seal = (): Promise<JsonValue> =>
    sealForServer(sealingKey as SealingKey, { table, recordId: after.id }, after).then(toJsonValue); // as: only called when the key is known
  if (encryption === null || !isPersonalTable(table) || !hasPersonalValue(after)) {
    if (change.personalChanges.length > 0 && hasPersonalValue(after)) {
      throw new Error(`${table} has personal changes but no personal part to encrypt`);
    }
    const outboxPayload = sealingKey ? await seal() : toJsonValue(after);
    return {
      ...change,
      row: baseRow,
      newRecordKey: null,
      outboxPayload,
      auditEventId,
      auditPersonal: null,
      action,
    };
  }
  const { keyring, keys } = encryption;
  const known = keys.get(after.id);
  const created =
    typeof known === 'object' ? null : await createRecordKey(keyring, table, after.id, actor.at);
  const key = typeof known === 'object' ? known : (created as { key: CryptoKey }).key; // as: created when not known
  const personal = (after as { personal: unknown }).personal; // as: checked by hasPersonalValue
  const storedPersonal =
    created === null &&
    change.personalChanges.length === 0 &&
    isEncryptedEnvelope(change.storedRow?.personal)
      ? change.storedRow.personal
      : await encryptJson(key, personal, personalAad(table, after.id));
  const auditPersonal =
    change.personalChanges.length === 0
      ? null
      : await encryptJson(
          key,
          { changes: change.personalChanges },
          auditPersonalAad(table, after.id, auditEventId),
        );
  const outboxPayload = sealingKey
    ? await seal()
    : toJsonValue(await encryptLocalPayload(key, table, after));
  const matchKeys =
    table === 'inquiries'
      ? {
          matchKeys: await matchKeysOf(
            keyring,
            (personal as SyncedRecordOf['inquiries']['personal']).requester,
          ),
        } // as: inquiries' personal part
      : {};
  return {
    ...change,
    row: { ...baseRow, personal: storedPersonal, ...matchKeys },
    newRecordKey: created?.row ?? null,
    outboxPayload,
    auditEventId,
    auditPersonal,
    action,
  };
}

async function encryptLocalPayload(
  key: CryptoKey,
  table: string,
  record: AnyRecord,
): Promise<{ localSealed: 'A256GCM'; iv: string; ciphertext: string }> {
  const envelope = await encryptJson(key, record, localPayloadAad(table, record.id));
  return { localSealed: envelope.alg, iv: envelope.iv, ciphertext: envelope.ciphertext };
}
