import { createId } from '../../../shared/domain';
import type { Id } from '../../../shared/schemas';
import { isEncryptedEnvelope, isPurgedPersonal } from '../../../shared/security/encryption';
import type { MedinfoDatabase } from './db';
import { appendAuditEvents, requireDeviceIdentity } from './audit-log';
import { findKeyring } from './crypto/keyring';
import { RecordNotFoundError } from './errors';
import { readMeta, writeMeta } from './meta';
import type { PersonalTable } from './personal-codec';
import { notifyPurged } from './write-listeners';
import type { Actor } from './write-synced';

/** Why a record's personal data may not be purged from this device (yet). */
export type PurgeRefusal = 'not-synced' | 'already-purged' | 'no-personal-data';

/** A purge was refused: the personal data would be lost for good, or there is nothing to purge. */
export class PurgeRefusedError extends Error {
  override name = 'PurgeRefusedError';
  constructor(
    readonly recordId: string,
    readonly reason: PurgeRefusal,
  ) {
    super(
      reason === 'not-synced'
        ? `Record ${recordId} has changes the server has not received: its personal data cannot be purged yet`
        : reason === 'already-purged'
          ? `The personal data of record ${recordId} was already purged`
          : `Record ${recordId} holds no personal data`,
    );
  }
}

async function refusalOf(
  db: MedinfoDatabase,
  table: PersonalTable,
  id: Id,
): Promise<PurgeRefusal | null> {
  const row = await db
    .table<{ personal?: unknown; serverRevision: number | null }, string>(table)
    .get(id);
  if (!row) throw new RecordNotFoundError(table, id);
  if (isPurgedPersonal(row.personal)) return 'already-purged';
  if (!isEncryptedEnvelope(row.personal)) return 'no-personal-data';
  const pending = await db.outbox.where('[table+recordId]').equals([table, id]).count();
  return pending > 0 || row.serverRevision === null ? 'not-synced' : null;
}

/**
 * Purges a record's personal data from this device (GDPR: kept no longer than needed) by
 * destroying its data key: the record's personal part, its audit events' personal parts and
 * those of the handwritten signatures bound to it become unreadable for good. No audit event is
 * edited — the chain still verifies — and the purge itself is audited. Only records the server
 * holds (synced, nothing pending) may be purged, so nothing is lost. The server's copy follows
 * its own retention rules. Throws PurgeRefusedError, RecordNotFoundError.
 */
export async function purgePersonalData(
  db: MedinfoDatabase,
  target: { table: PersonalTable; id: Id },
  actor: Actor,
): Promise<void> {
  const { table, id } = target;
  await db.transaction(
    'rw',
    [db.table(table), db.signatures, db.recordKeys, db.outbox, db.audit, db.meta],
    async () => {
      const refusal = await refusalOf(db, table, id);
      if (refusal) throw new PurgeRefusedError(id, refusal);
      const signatures = await db.signatures.where('binding.recordId').equals(id).toArray();
      const handwritten = signatures.filter((signature) => isEncryptedEnvelope(signature.personal));
      const purged = { purgedAt: actor.at };
      await db.recordKeys.bulkDelete([id, ...handwritten.map((signature) => signature.id)]);
      await db.table(table).update(id, { personal: purged, matchKeys: [] });
      for (const signature of handwritten)
        await db.signatures.update(signature.id, { personal: purged });
      const device = await requireDeviceIdentity(db);
      await appendAuditEvents(db, device, actor, [
        {
          id: createId(),
          action: 'update',
          table,
          recordId: id,
          changes: [{ field: 'personal', before: 'encrypted', after: 'purged from this device' }],
          personal: null,
        },
      ]);
      await writeMeta(db, 'writeVersion', ((await readMeta(db, 'writeVersion')) ?? 0) + 1);
    },
  );
  findKeyring(db)?.recordKeys.delete(id);
  notifyPurged(db, table, id);
}
