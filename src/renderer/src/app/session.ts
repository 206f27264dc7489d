import { createActor, type Actor } from '../data';
import { getSession } from '../features/identity';

/**
 * Who is acting: the signed-in person, stamped with the current time, for every write and audit
 * event (21 CFR 11.10(e): the trail names who did it). Throws when nobody is signed in — the
 * screens that write are not rendered then (features/identity, IdentityGate).
 */
export function currentActor(): Actor {
  const { status, user } = getSession();
  if (status !== 'signed-in' || user === null) throw new Error('Nobody is signed in');
  return createActor(user.id);
}
