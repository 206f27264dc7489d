import type { AuditAction, Id, JsonValue, SyncedTable, Timestamp } from '../../../shared/schemas';
import { createId, toJsonValue } from '../../../shared/domain';
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
import { isPersonalTable } from './personal-codec';
import { syncedTables } from './synced-tables';
import { isChange } from './write-check';
import type { CheckedChange } from './write-check';
import type { SyncedRecordOf } from './synced-tables';
import type { Actor } from './write-synced';

type AnyRecord = SyncedRecordOf[SyncedTable];

/** A change ready to commit: everything that needs WebCrypto is already done. */
export type PreparedChange = CheckedChange & {
  /** False for a settled conflict that kept the stored values: queued, but nothing to audit. */
  isAudited: boolean;
  row: Record<string, unknown>;
  newRecordKey: RecordKeyRow | null;
  outboxPayload: JsonValue;
  auditEventId: Id;
  auditPersonal: EncryptedEnvelope | null;
  action: AuditAction;
};

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
  const prepared = await Promise.all(
    changes.map((change) => prepareOne(change, encryption, sealingKey, actor)),
  );
  return prepared.map((change) => ({ ...change, isAudited: isChange(change) }));
}

/** What every prepared change needs, whatever its table: ids, action, row and sealing. */
type Common = {
  action: AuditAction;
  auditEventId: Id;
  baseRow: Record<string, unknown>;
  isSealing: boolean;
  seal: () => Promise<JsonValue>;
};

function commonOf(change: CheckedChange, sealingKey: SealingKey | undefined): Common {
  const { table, after, before, operation } = change;
  return {
    action: before === null ? 'create' : operation === 'delete' ? 'delete' : 'update',
    auditEventId: createId(),
    // as never: the definition belongs to the change's own table
    baseRow: { ...after, ...syncedTables[table].rowFields(after as never) },
    isSealing: sealingKey !== undefined,
    seal: async () => {
      if (!sealingKey) throw new Error('No server key to seal for');
      return toJsonValue(await sealForServer(sealingKey, { table, recordId: after.id }, after));
    },
  };
}

async function prepareOne(
  change: CheckedChange,
  encryption: Encryption | null,
  sealingKey: SealingKey | undefined,
  actor: Actor,
): Promise<Omit<PreparedChange, 'isAudited'>> {
  const common = commonOf(change, sealingKey);
  const { action, auditEventId } = common;
  if (encryption === null || !isPersonalTable(change.table) || !hasPersonalValue(change.after)) {
    if (change.personalChanges.length > 0 && hasPersonalValue(change.after)) {
      throw new Error(`${change.table} has personal changes but no personal part to encrypt`);
    }
    const outboxPayload = common.isSealing ? await common.seal() : toJsonValue(change.after);
    return {
      ...change,
      row: common.baseRow,
      newRecordKey: null,
      outboxPayload,
      auditEventId,
      auditPersonal: null,
      action,
    };
  }
  const { key, newRecordKey } = await recordKeyOf(change, encryption, actor);
  const encrypted = await encryptParts(change, key, encryption.keyring, common);
  return { ...change, ...encrypted, newRecordKey, auditEventId, action };
}

/** The record's key: its own, or a new one whose wrapped row the transaction stores. */
async function recordKeyOf(
  change: CheckedChange,
  encryption: Encryption,
  actor: Actor,
): Promise<{ key: CryptoKey; newRecordKey: RecordKeyRow | null }> {
  const known = encryption.keys.get(change.after.id);
  if (typeof known === 'object') return { key: known, newRecordKey: null };
  const created = await createRecordKey(
    encryption.keyring,
    change.table,
    change.after.id,
    actor.at,
  );
  return { key: created.key, newRecordKey: created.row };
}

/**
 * The stored personal part (the old ciphertext when nothing personal changed), the audit event's
 * encrypted personal changes, the outbox payload and, for inquiries, the requester's keyed hashes.
 */
async function encryptParts(
  change: CheckedChange,
  key: CryptoKey,
  keyring: Keyring,
  common: Common,
): Promise<Pick<PreparedChange, 'row' | 'outboxPayload' | 'auditPersonal'>> {
  const { table, after } = change;
  const personal = (after as { personal: unknown }).personal; // as: checked by hasPersonalValue
  const stored = change.storedRow?.personal;
  const isUnchanged = change.personalChanges.length === 0 && isEncryptedEnvelope(stored);
  const storedPersonal = isUnchanged
    ? stored
    : await encryptJson(key, personal, personalAad(table, after.id));
  const auditAad = auditPersonalAad(table, after.id, common.auditEventId);
  const auditPersonal =
    change.personalChanges.length === 0
      ? null
      : await encryptJson(key, { changes: change.personalChanges }, auditAad);
  const outboxPayload = common.isSealing
    ? await common.seal()
    : toJsonValue(await encryptLocalPayload(key, table, after));
  // as: the personal part of an inquiry, the only table with requester match keys
  const requester =
    table === 'inquiries' ? (personal as SyncedRecordOf['inquiries']['personal']).requester : null;
  const matchKeys = requester ? { matchKeys: await matchKeysOf(keyring, requester) } : {};
  return {
    row: { ...common.baseRow, personal: storedPersonal, ...matchKeys },
    outboxPayload,
    auditPersonal,
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

/** A record as the server holds it, about to be stored on this device (a pull, a push answer). */
export type ServerRowInput = {
  table: SyncedTable;
  record: AnyRecord;
  /** The row stored now, if any (its record key is kept). */
  storedRow: Record<string, unknown> | undefined;
};

/** A server record's row, ready to put in a transaction, and its new record key if any. */
export type PreparedServerRow = { row: Record<string, unknown>; newRecordKey: RecordKeyRow | null };

/**
 * Rows for records that come from the server, prepared BEFORE the transaction like a local write:
 * the store-only fields, the personal part encrypted with the record's key (a new key for a
 * record new on this device) and the requester's keyed hashes. No outbox payload and no audit
 * event: the change is the server's, and the server's audit records it. Throws StoreLockedError
 * when a personal part must be encrypted and the store is locked.
 */
export async function prepareServerRows(
  db: MedinfoDatabase,
  inputs: readonly ServerRowInput[],
  at: Timestamp,
): Promise<PreparedServerRow[]> {
  const changes: CheckedChange[] = inputs.map(({ table, record, storedRow }) => ({
    table,
    operation: 'put',
    // Only whether a stored version exists matters here: it decides whether a key is loaded.
    before: storedRow === undefined ? null : record,
    after: record,
    changes: [],
    personalChanges: [],
    storedRow,
  }));
  const encryption = await encryptionFor(db, changes);
  return Promise.all(
    changes.map(async (change) => {
      const { table, after } = change;
      // as never: the definition belongs to the change's own table
      const baseRow = { ...after, ...syncedTables[table].rowFields(after as never) };
      if (encryption === null || !isPersonalTable(table) || !hasPersonalValue(after)) {
        return { row: baseRow, newRecordKey: null };
      }
      const { key, newRecordKey } = await recordKeyOf(change, encryption, {
        userId: after.updatedBy,
        at,
      });
      const personal = (after as { personal: unknown }).personal; // as: checked by hasPersonalValue
      const storedPersonal = await encryptJson(key, personal, personalAad(table, after.id));
      // as: the personal part of an inquiry, the only table with requester match keys
      const requester =
        table === 'inquiries'
          ? (personal as SyncedRecordOf['inquiries']['personal']).requester
          : null;
      const matchKeys = requester
        ? { matchKeys: await matchKeysOf(encryption.keyring, requester) }
        : {};
      return { row: { ...baseRow, personal: storedPersonal, ...matchKeys }, newRecordKey };
    }),
  );
}
