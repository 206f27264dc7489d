import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getMeddraReleaseInfo,
  importMeddraRelease,
  loadMeddraRelease,
} from '../../../src/renderer/src/data';
import { MeddraFormatError } from '../../../src/shared/safety/meddra';
import { createMeddraCoder } from '../../../src/shared/safety/meddra-coder';
import { actorAt, openTestStore } from './store-fixtures';

const folder = join(__dirname, '../../fixtures/meddra');
const files = {
  llt: readFileSync(join(folder, 'llt.asc'), 'utf8'),
  pt: readFileSync(join(folder, 'pt.asc'), 'utf8'),
  release: readFileSync(join(folder, 'meddra_release.asc'), 'utf8'),
};
const importer = actorAt('2026-03-02T08:00:00.000+01:00');

describe('the MedDRA release kept on the device', () => {
  it('has none until the company imports one', async () => {
    const db = await openTestStore();
    expect(await getMeddraReleaseInfo(db)).toBeNull();
    expect(await loadMeddraRelease(db)).toBeNull();
  });

  it('keeps an imported release, with its version, for coding after a restart', async () => {
    const db = await openTestStore();
    const info = await importMeddraRelease(db, files, importer);
    expect(info).toMatchObject({ version: '25.0', language: 'English', importedAt: importer.at });
    expect(info.lowLevelTermCount).toBeGreaterThan(5);
    db.close();
    await db.open();
    expect(await getMeddraReleaseInfo(db)).toEqual(info);
    const release = await loadMeddraRelease(db);
    if (release === null) throw new Error('the release was not kept');
    expect(createMeddraCoder(release).codeExact('Feeling sick (fixture name)')).toMatchObject({
      ptCode: '10028813',
      version: '25.0',
    });
  });

  it('refuses malformed files with file and line, keeping the earlier release', async () => {
    const db = await openTestStore();
    await importMeddraRelease(db, files, importer);
    const broken = { ...files, llt: `${files.llt}123$Short$10028813$$$$$$$Y$$\n` };
    const error: unknown = await importMeddraRelease(db, broken, importer).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MeddraFormatError);
    expect(String(error)).toMatch(/llt\.asc, line \d+: llt_code "123" is not an 8-digit code/);
    expect((await getMeddraReleaseInfo(db))?.version).toBe('25.0');
  });
});
