import type { Database } from '../database/database';
import type { AccessSubject, PullQuery, PullResponse } from '../../shared/sync';
import { readableTables } from '../../shared/sync';
import {
  highestRevision,
  lastIssuedRevision,
  listChanges,
} from '../repositories/records-repository';
import { readCompactionHorizon } from '../repositories/settings-repository';
import { toServerRecord } from './server-record';

/**
 * Answers a pull: the rows the user may read that changed after the checkpoint, in revision
 * order. The page's upper bound is read first; since writers commit in revision order, nothing
 * at or below it can appear later, so a checkpoint never skips a row.
 * @throws the driver's error
 */
export async function pullChanges(
  database: Database,
  serverId: string,
  subject: AccessSubject,
  query: PullQuery,
): Promise<PullResponse> {
  const horizon = await readCompactionHorizon(database);
  if (query.since > 0 && query.since < horizon) {
    return { resyncRequired: true, serverId, reason: 'checkpoint-too-old' };
  }
  const upTo = await highestRevision(database);
  if (query.since > upTo && query.since > (await lastIssuedRevision(database))) {
    return { resyncRequired: true, serverId, reason: 'checkpoint-unknown' };
  }
  const tables = readableTables(subject.role);
  const rows = await listChanges(database, {
    since: query.since,
    upTo,
    limit: query.limit + 1,
    scope: { userId: subject.userId, allTables: tables.all, ownTables: tables.own },
  });
  const hasMore = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    resyncRequired: false,
    serverId,
    changes: page.map((row) => toServerRecord(row, subject)),
    hasMore,
    // Past the last row the user may see, up to everything committed: an empty page still moves
    // the checkpoint over other users' rows, so they are not scanned again.
    nextCheckpoint:
      hasMore && last !== undefined ? last.serverRevision : Math.max(upTo, query.since),
  };
}
