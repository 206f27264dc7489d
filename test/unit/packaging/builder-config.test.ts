import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';
import { applyFuses } from '../../../build/after-pack';
import { createBuilderConfig, updateUrl } from '../../../electron-builder.config';
import type { BuildEnvironment } from '../../../build/signing';

/** electron-builder's own JSON schema, from the package electron-builder itself loads. */
function builderSchema(): object {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
  const path = fromBuilder.resolve('app-builder-lib/scheme.json');
  return JSON.parse(readFileSync(path, 'utf8')) as object;
}

/**
 * Validates like electron-builder (draft-07, all errors, strict off for its extra keywords) and
 * stricter in one point: its `typeof: "function"` keyword is enforced instead of ignored.
 */
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addKeyword({
  keyword: 'typeof',
  schemaType: 'string',
  validate: (type: string, data: unknown) => typeof data === type,
});
const validate = ajv.compile(builderSchema());

function expectValid(config: Configuration): void {
  const isValid = validate(config);
  expect(validate.errors ?? []).toEqual([]);
  expect(isValid).toBe(true);
}

const updateLocation = { MEDINFO_UPDATE_URL: 'https://updates.example.com/medinfo-desk/' };

const windowsCertificate = {
  ...updateLocation,
  MEDINFO_RELEASE: 'true',
  CSC_LINK: 'base64-of-a-p12',
  CSC_KEY_PASSWORD: 'from-the-vault',
};

const azureSigning = {
  ...updateLocation,
  MEDINFO_RELEASE: 'true',
  MEDINFO_AZURE_SIGNING_ENDPOINT: 'https://weu.codesigning.azure.net/',
  MEDINFO_AZURE_SIGNING_ACCOUNT: 'halvorsen-signing',
  MEDINFO_AZURE_CERTIFICATE_PROFILE: 'public-trust',
  MEDINFO_WIN_PUBLISHER_NAME: 'Halvorsen Pharma GmbH',
  AZURE_TENANT_ID: 'tenant',
  AZURE_CLIENT_ID: 'client',
  AZURE_CLIENT_SECRET: 'secret',
};

const appleRelease = {
  ...updateLocation,
  MEDINFO_RELEASE: 'true',
  CSC_LINK: 'base64-of-a-developer-id-p12',
  CSC_KEY_PASSWORD: 'from-the-vault',
  APPLE_API_KEY: '/tmp/AuthKey.p8',
  APPLE_API_KEY_ID: 'ABC123',
  APPLE_API_ISSUER: 'issuer-uuid',
};

describe('the electron-builder configuration', () => {
  it.each<[string, BuildEnvironment, NodeJS.Platform]>([
    ['a local build without secrets', {}, 'linux'],
    ['a Windows release signed with a certificate', windowsCertificate, 'win32'],
    ['a Windows release signed by Azure Trusted Signing', azureSigning, 'win32'],
    ['a notarised macOS release', appleRelease, 'darwin'],
    ['a Linux release', { ...updateLocation, MEDINFO_RELEASE: 'true' }, 'linux'],
  ])('matches electron-builder’s own schema for %s', (_name, env, host) => {
    expectValid(createBuilderConfig(env, host));
  });

  it('is caught by the schema check when it says something electron-builder does not know', () => {
    const config = {
      ...createBuilderConfig({}, 'linux'),
      nsis: { oneClick: false, perUser: true },
    };
    expect(validate(config)).toBe(false);
  });

  it('names the app and runs the fuses step after packing', () => {
    const config = createBuilderConfig({}, 'linux');
    expect(config).toMatchObject({
      appId: 'com.medinfodesk.app',
      productName: 'MedInfo Desk',
      asar: true,
    });
    expect(config.afterPack).toBe(applyFuses);
  });

  it('builds an assisted NSIS installer that offers “only for me” and “for all users”', () => {
    const { nsis, win } = createBuilderConfig({}, 'win32');
    expect(nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      deleteAppDataOnUninstall: false,
    });
    expect(win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(win?.verifyUpdateCodeSignature).toBe(true);
  });

  it('builds a hardened, notarised macOS dmg and zip, and Linux AppImage and deb', () => {
    const { mac, linux } = createBuilderConfig(appleRelease, 'darwin');
    expect(mac).toMatchObject({
      hardenedRuntime: true,
      notarize: true,
      entitlements: 'build/entitlements.mac.plist',
    });
    expect(mac?.target).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    expect(linux?.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
    expect(createBuilderConfig({}, 'darwin').mac?.notarize).toBe(false);
  });

  it('grants macOS only JIT: no camera, microphone, location or library-validation exception', () => {
    const plist = readFileSync('build/entitlements.mac.plist', 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('ships a 512 × 512 icon for electron-builder to turn into .ico and .icns', () => {
    const png = readFileSync('build/icon.png');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16–23.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

describe('updates and signing from the environment', () => {
  it('publishes update metadata for the company’s HTTPS location, stable and beta', () => {
    const config = createBuilderConfig(updateLocation, 'linux');
    expect(config.publish).toEqual([
      { provider: 'generic', url: 'https://updates.example.com/medinfo-desk/' },
    ]);
    expect(config.generateUpdatesFilesForAllChannels).toBe(true);
    expect(createBuilderConfig({}, 'linux').publish).toBeNull();
  });

  it('refuses an update location that is not HTTPS', () => {
    expect(() => updateUrl({ MEDINFO_UPDATE_URL: 'http://updates.example.com/' }, false)).toThrow(
      /must be an https:\/\/ URL/,
    );
  });

  it('passes Azure Trusted Signing and the publisher electron-updater checks', () => {
    const { win } = createBuilderConfig(azureSigning, 'win32');
    expect(win?.azureSignOptions).toEqual({
      endpoint: 'https://weu.codesigning.azure.net/',
      codeSigningAccountName: 'halvorsen-signing',
      certificateProfileName: 'public-trust',
      publisherName: 'Halvorsen Pharma GmbH',
    });
    expect(win?.signtoolOptions).toEqual({ publisherName: ['Halvorsen Pharma GmbH'] });
  });

  it('forces code signing for releases only', () => {
    expect(createBuilderConfig(windowsCertificate, 'win32').forceCodeSigning).toBe(true);
    expect(createBuilderConfig({}, 'win32').forceCodeSigning).toBe(false);
  });

  it.each<[string, BuildEnvironment, NodeJS.Platform, RegExp]>([
    ['without an update location', { MEDINFO_RELEASE: 'true' }, 'linux', /MEDINFO_UPDATE_URL/],
    [
      'for Windows without any signing',
      { ...updateLocation, MEDINFO_RELEASE: 'true' },
      'win32',
      /no Windows signing/,
    ],
    [
      'for Windows with two ways of signing',
      { ...azureSigning, CSC_LINK: 'p12' },
      'win32',
      /pick one/,
    ],
    [
      'for macOS without notarisation',
      { ...appleRelease, APPLE_API_KEY: '', APPLE_API_KEY_ID: '', APPLE_API_ISSUER: '' },
      'darwin',
      /no notarisation credentials/,
    ],
    [
      'for macOS without a Developer ID certificate',
      { ...appleRelease, CSC_LINK: '' },
      'darwin',
      /no Developer ID Application certificate/,
    ],
  ])('refuses a release %s', (_name, env, host, message) => {
    expect(() => createBuilderConfig(env, host)).toThrow(message);
  });

  it('refuses half-given credentials instead of building unsigned or un-notarised', () => {
    expect(() =>
      createBuilderConfig({ MEDINFO_AZURE_SIGNING_ENDPOINT: 'https://x.test/' }, 'win32'),
    ).toThrow(/Azure Trusted Signing is half configured: set MEDINFO_AZURE_SIGNING_ACCOUNT/);
    expect(() => createBuilderConfig({ APPLE_ID: 'it@example.com' }, 'darwin')).toThrow(
      /Notarisation credentials are incomplete: set APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID/,
    );
  });
});
