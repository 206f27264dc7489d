import type { Configuration } from 'electron-builder';
import { applyFuses } from './build/after-pack';
import { packagedFiles } from './build/package-files';
import {
  assertReleaseSigning,
  azureSignOptions,
  hasNotarizationCredentials,
  type BuildEnvironment,
} from './build/signing';

/**
 * The packaging configuration (electron-builder loads this TypeScript file itself, through jiti:
 * `electron-builder --config electron-builder.config.ts`). Everything secret or company-specific
 * comes from the environment; docs/release.md lists the variables.
 */

export const APP_ID = 'com.medinfodesk.app';
export const PRODUCT_NAME = 'MedInfo Desk';

/**
 * The company's update location: an HTTPS folder holding the installers and latest*.yml (a web
 * server, object storage, or the sync server's /updates/). Read at build time and written into
 * the app (resources/app-update.yml); the running app cannot be pointed elsewhere.
 * @throws Error for a URL that is not HTTPS, or a release build without one
 */
export function updateUrl(env: BuildEnvironment, isRelease: boolean): string | null {
  const raw = (env.MEDINFO_UPDATE_URL ?? '').trim();
  if (raw === '') {
    if (isRelease) throw new Error('Release build refused: set MEDINFO_UPDATE_URL');
    return null;
  }
  if (!URL.canParse(raw) || new URL(raw).protocol !== 'https:') {
    throw new Error(`MEDINFO_UPDATE_URL must be an https:// URL, got ${raw}`);
  }
  return raw;
}

function windowsOptions(env: BuildEnvironment): Configuration['win'] {
  const publisherName = (env.MEDINFO_WIN_PUBLISHER_NAME ?? '').trim();
  return {
    target: [{ target: 'nsis', arch: ['x64'] }],
    // electron-updater checks the downloaded installer's Authenticode signature against this
    // publisher (derived from the certificate unless given) before running it.
    verifyUpdateCodeSignature: true,
    signtoolOptions: publisherName === '' ? null : { publisherName: [publisherName] },
    azureSignOptions: azureSignOptions(env),
    requestedExecutionLevel: 'asInvoker',
  };
}

function macOptions(env: BuildEnvironment): Configuration['mac'] {
  return {
    category: 'public.app-category.medical',
    target: [
      { target: 'dmg', arch: ['x64', 'arm64'] },
      // The zip is what electron-updater (Squirrel.Mac) installs; the dmg is for first installs.
      { target: 'zip', arch: ['x64', 'arm64'] },
    ],
    artifactName: 'MedInfo-Desk-${version}-${arch}.${ext}',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    gatekeeperAssess: false,
    notarize: hasNotarizationCredentials(env),
    darkModeSupport: true,
  };
}

function linuxOptions(env: BuildEnvironment): Configuration['linux'] {
  return {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    executableName: 'medinfo-desk',
    artifactName: 'medinfo-desk-${version}-${arch}.${ext}',
    category: 'Office',
    synopsis: 'Medical information inquiries, responses and safety reports',
    maintainer: env.MEDINFO_LINUX_MAINTAINER ?? 'MedInfo Desk <medinfo-desk@example.com>',
  };
}

/** The configuration for one build, from that build's environment and host. */
export function createBuilderConfig(
  env: BuildEnvironment,
  hostPlatform: NodeJS.Platform,
): Configuration {
  const isRelease = env.MEDINFO_RELEASE === 'true';
  if (isRelease) assertReleaseSigning(env, hostPlatform);
  const url = updateUrl(env, isRelease);
  return {
    appId: APP_ID,
    productName: PRODUCT_NAME,
    copyright: 'Copyright © MedInfo Desk contributors',
    directories: { output: 'release/${version}', buildResources: 'build' },
    files: packagedFiles,
    asar: true,
    // Nothing to rebuild: the package holds no native modules (main bundles plain JavaScript).
    npmRebuild: false,
    // The languages the app speaks; Chromium falls back to English for the rest.
    electronLanguages: ['en-US', 'en-GB', 'de', 'fr', 'es', 'es-419'],
    afterPack: applyFuses,
    // A release must be signed: electron-builder fails instead of shipping an unsigned build.
    forceCodeSigning: isRelease,
    // A stable release also goes to the beta channel, so pilot users never fall behind.
    generateUpdatesFilesForAllChannels: true,
    publish: url === null ? null : [{ provider: 'generic', url }],
    win: windowsOptions(env),
    nsis: {
      oneClick: false,
      // Neither forced: the installer asks "only for me" (no administrator rights, and updates
      // install without them) or "for all users" (elevates). IT chooses with /currentuser or
      // /allusers when deploying silently.
      perMachine: false,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      // The local store may hold changes not yet synced: uninstalling never deletes it.
      deleteAppDataOnUninstall: false,
      artifactName: 'MedInfo-Desk-Setup-${version}.${ext}',
    },
    mac: macOptions(env),
    dmg: { artifactName: 'MedInfo-Desk-${version}-${arch}.${ext}' },
    linux: linuxOptions(env),
  };
}

// A function: electron-builder calls it, so the environment is read when a build starts.
export default (): Configuration => createBuilderConfig(process.env, process.platform);
