import { originOfServerUrl } from '../../../../shared/security/csp';
import type { MedinfoDatabase } from '../db';
import { writeMeta } from '../meta';

/**
 * Stores the sync server's URL and this laptop's name, before signing in.
 * Throws an Error (from originOfServerUrl) for a URL that is not http(s)://host[:port], and a
 * RangeError for an empty or over-long device name.
 */
export async function saveSyncSettings(
  db: MedinfoDatabase,
  settings: { serverUrl: string; deviceName: string },
): Promise<{ serverOrigin: string }> {
  const serverOrigin = originOfServerUrl(settings.serverUrl);
  const deviceName = settings.deviceName.trim();
  if (deviceName.length === 0 || deviceName.length > 100) {
    throw new RangeError('The device name needs 1 to 100 characters');
  }
  await db.transaction('rw', db.meta, async () => {
    await writeMeta(db, 'serverUrl', settings.serverUrl.trim());
    await writeMeta(db, 'deviceName', deviceName);
  });
  return { serverOrigin };
}
