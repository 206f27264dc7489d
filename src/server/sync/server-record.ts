import type { AccessSubject, ServerRecord } from '../../shared/sync';
import { hiddenPersonalParts, withoutPersonalParts } from '../../shared/sync';
import type { StoredRecord } from '../repositories/records-repository';

/**
 * A stored record as a given user may receive it: server metadata beside the data, tombstones
 * without data, and the personal parts the user's role must not see removed.
 * @throws never
 */
export function toServerRecord(stored: StoredRecord, subject: AccessSubject): ServerRecord {
  return {
    table: stored.table,
    id: stored.id,
    serverRevision: stored.serverRevision,
    deleted: stored.deleted,
    ownerUserId: stored.ownerUserId,
    hasConflict: stored.hasConflict,
    serverReceivedAt: stored.createdAt,
    serverUpdatedAt: stored.updatedAt,
    data: stored.deleted
      ? null
      : withoutPersonalParts(stored.data, hiddenPersonalParts(subject, stored.table)),
  };
}
