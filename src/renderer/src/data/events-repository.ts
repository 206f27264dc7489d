import type { CongressEvent, Id } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { eventFromRow } from './synced-tables';
import { writeSynced } from './write-synced';
import type { Actor } from './write-synced';

/**
 * Creates or updates a congress event through the synced write path (outbox + audit).
 * Throws a ZodError when the event is invalid (e.g. it ends before it starts) and
 * StoreNotOpenError without a device identity.
 */
export async function saveEvent(
  db: MedinfoDatabase,
  event: CongressEvent,
  actor: Actor,
): Promise<CongressEvent> {
  const receipt = await writeSynced(db, {
    table: 'events',
    record: event,
    actor,
    operation: 'put',
  });
  return receipt.record;
}

/** An event by id; undefined when unknown or deleted. */
export async function getEvent(db: MedinfoDatabase, id: Id): Promise<CongressEvent | undefined> {
  const event = await db.events.get(id);
  return event === undefined || event.deleted ? undefined : eventFromRow(event);
}

/** Events that are not deleted, most recent first (booth staff pick the current one). */
export async function listEvents(db: MedinfoDatabase): Promise<CongressEvent[]> {
  const events = await db.events.orderBy('startDate').reverse().toArray();
  return events.filter((event) => !event.deleted).map(eventFromRow);
}
