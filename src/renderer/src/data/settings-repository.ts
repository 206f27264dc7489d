import { defaultSettings, settingsId, settingsSchema } from '../../../shared/schemas';
import type { Settings } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { auditLocalChange } from './local-audit';
import type { Actor } from './write-synced';

/**
 * This device's settings; the defaults (due dates urgent 1, high 2, normal 5, low 10 business
 * days) until someone saves them. Fields added by later versions fall back to their defaults.
 */
export async function getSettings(db: MedinfoDatabase): Promise<Settings> {
  const stored = await db.settings.get(settingsId);
  return stored === undefined ? defaultSettings : { ...defaultSettings, ...stored };
}

/**
 * Saves the settings and audits the change in one transaction (they decide due dates and what
 * letters print). Settings are local: no outbox row. Throws a ZodError naming the invalid field
 * and StoreNotOpenError without a device identity.
 */
export async function saveSettings(
  db: MedinfoDatabase,
  settings: Settings,
  actor: Actor,
): Promise<Settings> {
  const valid = settingsSchema.parse(settings);
  return db.transaction('rw', [db.settings, db.audit, db.meta], async () => {
    // Compared with the settings in force, defaults included: the trail then shows that a due
    // date went from 2 to 3 days, not that a settings row appeared.
    const before = await getSettings(db);
    const isChanged = await auditLocalChange(db, {
      table: 'settings',
      recordId: settingsId,
      before,
      after: valid,
      actor,
    });
    if (isChanged) await db.settings.put(valid);
    return valid;
  });
}
