import { createActor, demoUserIds, type Actor } from '../data';

/**
 * Who is acting. Until local sign-in exists every action is attributed to the demo field
 * officer, so the audit trail already names a person rather than nobody.
 */
export function currentActor(): Actor {
  return createActor(demoUserIds.fieldOfficer);
}
