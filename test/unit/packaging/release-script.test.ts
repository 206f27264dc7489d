import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkReleaseTag,
  collectReleaseAssets,
  releaseCommand,
  selectReleaseAssets,
} from '../../../scripts/release';

/** What electron-builder leaves in release/1.3.0 after a Windows, macOS and Linux build. */
const builderOutput = [
  'MedInfo-Desk-Setup-1.3.0.exe',
  'MedInfo-Desk-Setup-1.3.0.exe.blockmap',
  'MedInfo-Desk-1.3.0-x64.dmg',
  'MedInfo-Desk-1.3.0-x64.dmg.blockmap',
  'MedInfo-Desk-1.3.0-arm64.zip',
  'MedInfo-Desk-1.3.0-arm64.zip.blockmap',
  'medinfo-desk-1.3.0-x86_64.AppImage',
  'medinfo-desk-1.3.0-amd64.deb',
  'latest.yml',
  'beta.yml',
  'alpha.yml',
  'latest-mac.yml',
  'latest-linux.yml',
  'builder-debug.yml',
  'builder-effective-config.yaml',
  'win-unpacked',
  'mac-arm64',
  'linux-unpacked',
];

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'medinfo-release-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the release steps', () => {
  it('attach installers, block maps and update metadata, never build logs or unpacked apps', () => {
    expect(selectReleaseAssets(builderOutput)).toEqual(
      [
        'MedInfo-Desk-Setup-1.3.0.exe',
        'MedInfo-Desk-Setup-1.3.0.exe.blockmap',
        'MedInfo-Desk-1.3.0-x64.dmg',
        'MedInfo-Desk-1.3.0-x64.dmg.blockmap',
        'MedInfo-Desk-1.3.0-arm64.zip',
        'MedInfo-Desk-1.3.0-arm64.zip.blockmap',
        'medinfo-desk-1.3.0-x86_64.AppImage',
        'medinfo-desk-1.3.0-amd64.deb',
        'latest.yml',
        'beta.yml',
        'alpha.yml',
        'latest-mac.yml',
        'latest-linux.yml',
      ].sort(),
    );
  });

  it('refuse a tag that does not name package.json’s version', () => {
    expect(() => checkReleaseTag('v1.3.0', '1.3.0')).not.toThrow();
    expect(() => checkReleaseTag('v1.3.1', '1.3.0')).toThrow(
      'Tag v1.3.1 does not match package.json (1.3.0): tag v1.3.0',
    );
  });

  it('draft the release, and mark a beta as a pre-release', () => {
    expect(releaseCommand('v1.3.0', ['a.exe'])).toEqual([
      'release',
      'create',
      'v1.3.0',
      '--draft',
      '--verify-tag',
      '--generate-notes',
      '--title',
      'MedInfo Desk 1.3.0',
      'a.exe',
    ]);
    expect(releaseCommand('v1.4.0-beta.1', [])).toContain('--prerelease');
  });

  it('collect one build’s assets into one flat folder', async () => {
    const build = join(folder, 'release', '1.3.0');
    await mkdir(join(build, 'linux-unpacked'), { recursive: true });
    for (const name of [
      'medinfo-desk-1.3.0-x86_64.AppImage',
      'latest-linux.yml',
      'builder-debug.yml',
    ]) {
      await writeFile(join(build, name), name);
    }
    const target = join(folder, 'assets');
    await expect(collectReleaseAssets(join(folder, 'release'), target)).resolves.toEqual([
      'latest-linux.yml',
      'medinfo-desk-1.3.0-x86_64.AppImage',
    ]);
    expect((await readdir(target)).sort()).toEqual([
      'latest-linux.yml',
      'medinfo-desk-1.3.0-x86_64.AppImage',
    ]);
  });

  it('fail when a build produced nothing to release', async () => {
    await mkdir(join(folder, 'release', '1.3.0'), { recursive: true });
    await expect(collectReleaseAssets(join(folder, 'release'), join(folder, 'a'))).rejects.toThrow(
      /No installers or update metadata/,
    );
  });
});
