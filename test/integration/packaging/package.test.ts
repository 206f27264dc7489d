import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  realpath,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, Platform, build } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuilderConfig } from '../../../electron-builder.config';

/*
 * The real electron-builder packs a project laid out like this repository, with a stand-in
 * Electron distribution (the real one cannot be downloaded here): Linux `dir` target, the
 * project's configuration, the after-pack fuses step. What it puts into app.asar and resources/
 * is what every installer carries.
 */

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

let workspace: string;
let unpacked: string;

async function put(root: string, path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content);
}

/** An unpacked Electron for Linux: the binary with its fuse wire in the default state, locales. */
async function createFakeElectron(root: string): Promise<void> {
  const binary = Buffer.concat([
    Buffer.alloc(128, 0x90),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, 8]),
    Buffer.from('10110001', 'ascii'),
  ]);
  await put(root, 'electron', binary);
  await put(root, 'version', '45.5.0');
  await put(root, 'LICENSE', 'MIT');
  await put(root, 'LICENSES.chromium.html', '<html></html>');
  for (const locale of ['en-US', 'en-GB', 'de', 'fr', 'es', 'it', 'ja', 'zh-CN']) {
    await put(root, `locales/${locale}.pak`, locale);
  }
}

/** The repository's package.json and node_modules, built bundles, and files that must not ship. */
async function createProject(root: string): Promise<void> {
  await put(root, 'package.json', await readFile('package.json'));
  await symlink(await realpath('node_modules'), join(root, 'node_modules'), 'dir');
  const files: Record<string, string> = {
    'out/main/index.js': 'import "electron";',
    'out/preload/index.cjs': 'require("electron");',
    'out/renderer/index.html': '<!doctype html>',
    'out/renderer/assets/index.js': 'console.log(1)',
    'out/main/index.js.map': '{"sources":["../../src/main/index.ts"]}',
    'out/renderer/.env': 'MEDINFO_SERVER_TOKEN=secret',
    'out/main/code-signing.p12': 'certificate',
    'src/main/index.ts': 'export {};',
    'test/unit/example.test.ts': 'export {};',
    'docs/release.md': '# Releases',
    '.env': 'CSC_KEY_PASSWORD=secret',
    'signing/developer-id.p12': 'certificate',
    'build/icon.svg': '<svg/>',
  };
  for (const [path, content] of Object.entries(files)) await put(root, path, content);
}

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'medinfo-package-'));
  const project = join(workspace, 'project');
  const electronDist = join(workspace, 'electron');
  await createFakeElectron(electronDist);
  await createProject(project);
  const config = createBuilderConfig(
    { MEDINFO_UPDATE_URL: 'https://updates.example.com/medinfo-desk/' },
    'linux',
  );
  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      ...config,
      electronDist,
      electronVersion: '45.5.0',
      directories: { ...config.directories, output: join(workspace, 'release') },
    },
  });
  unpacked = join(workspace, 'release', 'linux-unpacked');
}, 120_000);

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('a package built by electron-builder with this configuration', () => {
  it('holds in app.asar only the built bundles and package.json', () => {
    const asar = resolve(unpacked, 'resources', 'app.asar');
    const files = listPackage(asar, { isPack: false }).filter((path) => path.includes('.'));
    expect(files.sort()).toEqual(
      [
        '/out/main/index.js',
        '/out/preload/index.cjs',
        '/out/renderer/assets/index.js',
        '/out/renderer/index.html',
        '/package.json',
      ].sort(),
    );
  });

  it('ships no node_modules, no scripts and no development dependencies', () => {
    const asar = resolve(unpacked, 'resources', 'app.asar');
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({ main: 'out/main/index.js', type: 'module' });
    expect(manifest).not.toHaveProperty('scripts');
    expect(manifest).not.toHaveProperty('devDependencies');
    expect(listPackage(asar, { isPack: false }).some((path) => path.includes('node_modules'))).toBe(
      false,
    );
  });

  it('has its fuses flipped by the after-pack step', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'medinfo-desk'));
    const isOn = (option: FuseV1Options): boolean =>
      String.fromCharCode(Number(wire[option])) === '1';
    expect(isOn(FuseV1Options.RunAsNode)).toBe(false);
    expect(isOn(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false);
    expect(isOn(FuseV1Options.EnableNodeCliInspectArguments)).toBe(false);
    expect(isOn(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(false);
    expect(isOn(FuseV1Options.EnableCookieEncryption)).toBe(true);
    expect(isOn(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true);
    expect(isOn(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true);
  });

  it('knows the company’s update location, which the updater reads', async () => {
    const config = await readFile(join(unpacked, 'resources', 'app-update.yml'), 'utf8');
    expect(config).toContain('provider: generic');
    expect(config).toContain('url: https://updates.example.com/medinfo-desk/');
  });

  it('keeps only the Chromium languages the app speaks', async () => {
    expect((await readdir(join(unpacked, 'locales'))).sort()).toEqual(
      ['de.pak', 'en-GB.pak', 'en-US.pak', 'es.pak', 'fr.pak'].sort(),
    );
  });
});
