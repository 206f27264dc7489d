import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import type { FuseV1Config } from '@electron/fuses';
import { Arch } from 'electron-builder';
import type { AfterPackContext } from 'electron-builder';

/**
 * Electron's fuses: switches compiled into the Electron binary, flipped here after packing and
 * before signing (the signature then covers them). Every fuse this version of @electron/fuses
 * knows is set explicitly, and `strictlyRequireAllFuses` makes a newer Electron with a fuse we
 * have not decided on fail the build instead of inheriting a default
 * (docs/decisions/0062-fuses-after-pack.md).
 */
export const fuseSettings = {
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node.js for anyone.
  [FuseV1Options.RunAsNode]: false,
  // Chromium's cookie store encrypted with the OS key store (one-way: never turn it off again).
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code or trust into main.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and SIGUSR1 would let anyone on the laptop debug main, reading keys and data.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder records (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar, never a loose resources/app folder planted beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // No separate browser-process V8 snapshot is shipped.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The app is served from app://medinfo, never file://: file pages get no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies Record<FuseV1Options, boolean>;

/** The configuration flipFuses receives for one platform and architecture. */
export function fuseConfiguration(platform: string, arch: Arch): FuseV1Config {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Flipping fuses breaks the ad-hoc signature Apple silicon needs to launch at all; the real
    // Developer ID signature electron-builder applies next replaces it.
    resetAdHocDarwinSignature: platform === 'darwin' && arch === Arch.arm64,
    ...fuseSettings,
  };
}

/** What the step needs from electron-builder's context (tests build it by hand). */
export type FusesContext = Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'arch'> & {
  packager: {
    appInfo: { productFilename: string };
    /** Only the Linux packager has it: the binary's name there. */
    executableName?: string;
  };
};

/**
 * The Electron binary inside the packed app, named the way electron-builder names it.
 * @throws Error for a platform electron-builder does not pack
 */
export function electronBinaryPath(context: FusesContext): string {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${name}.app`);
    case 'win32':
      return join(appOutDir, `${name}.exe`);
    case 'linux':
      return join(appOutDir, packager.executableName ?? name);
    default:
      throw new Error(`No Electron binary known for platform ${electronPlatformName}`);
  }
}

/**
 * The after-pack step: flips every fuse, then reads the binary back and fails the build if any
 * fuse is not what was asked — a package must never ship with a fuse silently left open.
 * @throws Error naming the fuse when a flip did not take, or when the binary has no fuse wire
 */
export async function applyFuses(context: FusesContext): Promise<void> {
  const binary = electronBinaryPath(context);
  await flipFuses(binary, fuseConfiguration(context.electronPlatformName, context.arch));
  const wire = await getCurrentFuseWire(binary);
  for (const option of allFuseOptions()) {
    // The wire holds the characters '1' (on) and '0' (off).
    const expected = (fuseSettings[option] ? '1' : '0').charCodeAt(0);
    // FuseState is not exported by the package; its values are these character codes.
    const actual: number | undefined = wire[option];
    if (actual !== expected) {
      throw new Error(
        `Fuse ${FuseV1Options[option]} reads ${String(actual)} after flipping, expected ${expected}`,
      );
    }
  }
}

/** Every fuse @electron/fuses knows (a numeric enum also maps names back to numbers). */
export function allFuseOptions(): FuseV1Options[] {
  return Object.values(FuseV1Options).filter(
    (value): value is FuseV1Options => typeof value === 'number',
  );
}
