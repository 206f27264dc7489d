import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planPublication, publishUpdate } from '../../../scripts/publish-update';

let release: string;
let target: string;

function sha512(bytes: Buffer): string {
  return createHash('sha512').update(bytes).digest('base64');
}

/** Update metadata the way electron-builder writes it for one installer. */
function metadata(version: string, file: string, bytes: Buffer): string {
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${file}`,
    `    sha512: ${sha512(bytes)}`,
    `    size: ${bytes.length}`,
    `path: ${file}`,
    `sha512: ${sha512(bytes)}`,
    "releaseDate: '2026-03-14T09:30:00.000Z'",
    '',
  ].join('\n');
}

async function writeRelease(): Promise<void> {
  const windows = Buffer.from('windows installer bytes');
  const mac = Buffer.from('macOS zip bytes');
  await writeFile(join(release, 'MedInfo-Desk-Setup-1.3.0.exe'), windows);
  await writeFile(join(release, 'MedInfo-Desk-Setup-1.3.0.exe.blockmap'), 'block map');
  await writeFile(join(release, 'MedInfo-Desk-1.3.0-arm64.zip'), mac);
  await writeFile(
    join(release, 'latest.yml'),
    metadata('1.3.0', 'MedInfo-Desk-Setup-1.3.0.exe', windows),
  );
  await writeFile(
    join(release, 'beta.yml'),
    metadata('1.3.0', 'MedInfo-Desk-Setup-1.3.0.exe', windows),
  );
  await writeFile(
    join(release, 'latest-mac.yml'),
    metadata('1.3.0', 'MedInfo-Desk-1.3.0-arm64.zip', mac),
  );
  await writeFile(join(release, 'builder-debug.yml'), 'x: 1');
}

beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), 'medinfo-publish-'));
  release = join(root, 'release');
  target = join(root, 'updates');
  await mkdir(release);
});

afterEach(async () => {
  await rm(join(release, '..'), { recursive: true, force: true });
});

describe('publishing an update', () => {
  it('copies installers and block maps first, the metadata last', async () => {
    await writeRelease();
    const plan = await planPublication(release);
    expect(plan).toEqual({
      version: '1.3.0',
      installers: [
        'MedInfo-Desk-1.3.0-arm64.zip',
        'MedInfo-Desk-Setup-1.3.0.exe',
        'MedInfo-Desk-Setup-1.3.0.exe.blockmap',
      ],
      metadata: ['beta.yml', 'latest-mac.yml', 'latest.yml'],
    });
    await publishUpdate(release, target);
    expect((await readdir(target)).sort()).toEqual([...plan.installers, ...plan.metadata].sort());
    expect(await readFile(join(target, 'latest.yml'), 'utf8')).toContain('version: 1.3.0');
  });

  it('refuses an installer that does not match its SHA-512, and copies nothing', async () => {
    await writeRelease();
    await writeFile(join(release, 'MedInfo-Desk-Setup-1.3.0.exe'), 'tampered bytes of any size');
    await expect(publishUpdate(release, target)).rejects.toThrow(/MedInfo-Desk-Setup-1\.3\.0\.exe/);
    await expect(readdir(target)).rejects.toThrow(/ENOENT/);
  });

  it('refuses metadata naming a file that is missing or outside the release folder', async () => {
    await writeRelease();
    await rm(join(release, 'MedInfo-Desk-1.3.0-arm64.zip'));
    await expect(planPublication(release)).rejects.toThrow(/named in the metadata but missing/);
    await writeFile(
      join(release, 'latest-linux.yml'),
      metadata('1.3.0', '../../etc/passwd', Buffer.from('x')),
    );
    await expect(planPublication(release)).rejects.toThrow(/not a plain file name/);
  });

  it('refuses a folder mixing two versions, or without metadata', async () => {
    await writeRelease();
    const other = Buffer.from('older build');
    await writeFile(join(release, 'old.AppImage'), other);
    await writeFile(join(release, 'latest-linux.yml'), metadata('1.2.9', 'old.AppImage', other));
    await expect(planPublication(release)).rejects.toThrow('several versions (1.3.0, 1.2.9)');
    await mkdir(target);
    await expect(planPublication(target)).rejects.toThrow(/No update metadata/);
  });
});
