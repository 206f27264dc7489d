import type { Id, SyncedRecord } from '../../../shared/schemas';
import { createId } from '../../../shared/domain';
import type { Actor } from './write-synced';

/**
 * The synced-record fields of a record that does not exist yet, to spread into a new record
 * before passing it to a repository. The write path re-stamps them anyway; these make the
 * object a complete record for the type checker and the schema.
 */
export function newRecordFields(actor: Actor, id: Id = createId()): SyncedRecord & { id: Id } {
  return {
    id,
    createdAt: actor.at,
    updatedAt: actor.at,
    createdBy: actor.userId,
    updatedBy: actor.userId,
    serverRevision: null,
    deleted: false,
  };
}
