import type { MeddraReleaseFiles, MeddraReleaseInfo } from '../../../shared/schemas';
import { parseMeddraRelease } from '../../../shared/safety/meddra';
import type { MeddraRelease } from '../../../shared/safety/meddra';
import type { MedinfoDatabase } from './db';
import { readMeta, writeMeta } from './meta';
import type { Actor } from './write-synced';

/**
 * The company's MedDRA release on this device (decision 0053). Kept in two meta rows — a small
 * summary the screens read, and the files as imported, which the coder re-parses on first use —
 * so no new table (and no store version) is needed. Local on purpose: the release is licensed
 * reference data, not a case record; coded reactions carry their own codes and version.
 */

/**
 * Checks the files with the release parser and keeps them, replacing any earlier release.
 * Throws MeddraFormatError (file and line) when a file does not follow the MedDRA ASCII
 * specification; nothing is stored then.
 */
export async function importMeddraRelease(
  db: MedinfoDatabase,
  files: MeddraReleaseFiles,
  actor: Actor,
): Promise<MeddraReleaseInfo> {
  const release = parseMeddraRelease(files);
  const info: MeddraReleaseInfo = {
    version: release.version,
    language: release.language,
    lowLevelTermCount: release.lowLevelTerms.size,
    preferredTermCount: release.preferredTerms.size,
    importedAt: actor.at,
    importedBy: actor.userId,
  };
  await db.transaction('rw', db.meta, async () => {
    await writeMeta(db, 'meddraReleaseFiles', files);
    await writeMeta(db, 'meddraRelease', info);
  });
  return info;
}

/** The summary of the imported release, or null when none was imported. */
export async function getMeddraReleaseInfo(db: MedinfoDatabase): Promise<MeddraReleaseInfo | null> {
  return (await readMeta(db, 'meddraRelease')) ?? null;
}

/** The imported release, parsed; null when none was imported. */
export async function loadMeddraRelease(db: MedinfoDatabase): Promise<MeddraRelease | null> {
  const files = await readMeta(db, 'meddraReleaseFiles');
  return files === undefined ? null : parseMeddraRelease(files);
}
