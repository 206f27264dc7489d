import type { Mutation, RejectionReason, SyncedRecord } from '../../shared/sync';
import {
  MAX_RECORD_JSON_LENGTH,
  canWriteRecord,
  isPersonalTableName,
  isSealedPayload,
  sealedEnvelopeSchema,
  withoutServerOwnedFields,
} from '../../shared/sync';
import type { AccessSubject } from '../../shared/sync';
import type { SealingKeyring } from '../crypto/sealing';
import { UnsealError, openSealedPayload } from '../crypto/sealing';
import type { SyncedTable } from './tables';
import { findSyncedTable } from './tables';

/**
 * The checks of a mutation that need no database: table, role, unsealing, record shape. They run
 * before the push transaction so CPU work (decryption) never holds the write lock.
 */

/** A mutation ready to apply, or the reason it is rejected. */
export type PreparedMutation =
  | { kind: 'rejected'; reason: RejectionReason; message: string }
  | { kind: 'put'; table: SyncedTable; record: SyncedRecord }
  | { kind: 'delete'; table: SyncedTable };

const reject = (reason: RejectionReason, message: string): PreparedMutation => ({
  kind: 'rejected',
  reason,
  message,
});

/**
 * Validates one mutation and opens its payload.
 * @throws never for bad input (it becomes a rejection); only on unexpected WebCrypto failures
 */
export async function prepareMutation(
  mutation: Mutation,
  subject: AccessSubject,
  keyring: SealingKeyring,
): Promise<PreparedMutation> {
  const table = findSyncedTable(mutation.table);
  if (table === null)
    return reject('unknown-table', `This server does not sync a table named ${mutation.table}.`);
  // A role that may not write the table at all is refused here; ownership is checked in the
  // transaction, where the stored record is known.
  if (!canWriteRecord(subject, table.name, { isNew: true })) {
    return reject('forbidden', `The role ${subject.role} may not change ${table.name}.`);
  }
  if (mutation.operation === 'delete') return { kind: 'delete', table };
  if (mutation.payload === null) return reject('missing-payload', 'A put needs a payload.');

  let payload: unknown = mutation.payload;
  // Personal data arrives sealed or not at all: a device that sent it in plain JSON (an old or
  // broken client, a hand-made request) is refused before anything of it is read or stored.
  if (isPersonalTableName(table.name) && !isSealedPayload(payload)) {
    return reject(
      'unsealed-personal-data',
      `Records of ${table.name} carry personal data: seal the payload for this server's key (GET /api/v1/info).`,
    );
  }
  if (isSealedPayload(payload)) {
    const envelope = sealedEnvelopeSchema.safeParse(payload);
    if (!envelope.success) return reject('unsealable-payload', 'The sealed envelope is malformed.');
    try {
      payload = await openSealedPayload(envelope.data, keyring, {
        table: table.name,
        recordId: mutation.recordId,
      });
    } catch (error) {
      if (error instanceof UnsealError) return reject(error.reason, error.message);
      throw error;
    }
  }
  if (JSON.stringify(payload).length > MAX_RECORD_JSON_LENGTH) {
    return reject(
      'record-too-large',
      `A record may have at most ${MAX_RECORD_JSON_LENGTH} characters of JSON.`,
    );
  }
  const parsed = table.schema.safeParse(payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where =
      first === undefined || first.path.length === 0 ? '' : ` at ${first.path.join('.')}`;
    return reject(
      'invalid-record',
      `The record does not fit ${table.name}${where}: ${first?.message ?? 'invalid'}.`,
    );
  }
  if (parsed.data.id !== mutation.recordId) {
    return reject('record-id-mismatch', 'The payload id differs from the mutation recordId.');
  }
  return { kind: 'put', table, record: withoutServerOwnedFields(parsed.data) };
}
