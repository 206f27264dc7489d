import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch } from 'electron-builder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  allFuseOptions,
  applyFuses,
  electronBinaryPath,
  fuseConfiguration,
  fuseSettings,
} from '../../../build/after-pack';
import type { FusesContext } from '../../../build/after-pack';

/** The decision for every fuse, written out: a fuse missing or flipped the wrong way fails. */
const expectedFuses: Record<keyof typeof FuseV1Options, boolean> = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * A stand-in Electron binary: padding, the fuse sentinel, wire version 1, eight fuses in
 * Electron's default state (RunAsNode, NODE_OPTIONS, inspect and file:// privileges on).
 */
function fakeElectronBinary(): Buffer {
  return Buffer.concat([
    Buffer.alloc(256, 0x90),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, 8]),
    Buffer.from('10110001', 'ascii'),
    Buffer.alloc(256, 0x90),
  ]);
}

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'medinfo-fuses-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function contextFor(platform: string, arch = Arch.x64): FusesContext {
  return {
    appOutDir: folder,
    electronPlatformName: platform,
    arch,
    packager: {
      appInfo: { productFilename: 'MedInfo Desk' },
      ...(platform === 'linux' ? { executableName: 'medinfo-desk' } : {}),
    },
  };
}

/** Where the fuse wire lives in each platform's packed app. */
const fuseFiles: Record<string, string> = {
  linux: 'medinfo-desk',
  win32: 'MedInfo Desk.exe',
  darwin: 'MedInfo Desk.app/Contents/Frameworks/Electron Framework.framework/Electron Framework',
};

describe('the fuse settings', () => {
  it('decide every fuse @electron/fuses knows, each the way the security baseline says', () => {
    const actual = Object.fromEntries(
      allFuseOptions().map((option) => [FuseV1Options[option], fuseSettings[option]]),
    );
    expect(actual).toEqual(expectedFuses);
  });

  it('make a newer Electron with an undecided fuse fail the build', () => {
    expect(fuseConfiguration('linux', Arch.x64)).toMatchObject({
      version: '1',
      strictlyRequireAllFuses: true,
      resetAdHocDarwinSignature: false,
    });
  });

  it('reset the ad-hoc signature only for Apple silicon, which refuses to launch without it', () => {
    expect(fuseConfiguration('darwin', Arch.arm64).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfiguration('darwin', Arch.x64).resetAdHocDarwinSignature).toBe(false);
  });
});

describe('the after-pack step', () => {
  it.each(['linux', 'win32', 'darwin'])('flips the fuses of the %s binary', async (platform) => {
    const file = join(folder, fuseFiles[platform] ?? '');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, fakeElectronBinary());

    await applyFuses(contextFor(platform));

    const wire = await getCurrentFuseWire(electronBinaryPath(contextFor(platform)));
    const states = allFuseOptions().map((option) => [
      FuseV1Options[option],
      String.fromCharCode(Number(wire[option])) === '1',
    ]);
    expect(Object.fromEntries(states)).toEqual(expectedFuses);
    // Flipped in place: the binary keeps its size.
    expect((await readFile(file)).length).toBe(fakeElectronBinary().length);
  });

  it('fails the build when the binary has no fuse wire', async () => {
    await writeFile(join(folder, 'medinfo-desk'), Buffer.alloc(512, 0x90));
    await expect(applyFuses(contextFor('linux'))).rejects.toThrow(/Could not find sentinel/);
  });

  it('fails the build for a platform it does not know', () => {
    expect(() => electronBinaryPath(contextFor('android'))).toThrow(/android/);
  });
});
