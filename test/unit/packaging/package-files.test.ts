import { execFileSync } from 'node:child_process';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import { describe, expect, it } from 'vitest';
import { packagedFiles } from '../../../build/package-files';

const projectDir = '/project';

/** electron-builder's own matcher over our `files` patterns, as it builds app.asar. */
const filter = new FileMatcher(
  projectDir,
  '/app',
  (pattern) => pattern,
  packagedFiles,
).createFilter();

const fileStats = { isDirectory: () => false } satisfies Partial<Stats>;

function isPackaged(path: string): boolean {
  // The filter reads only isDirectory() from a file's stats; the rest is never touched.
  return filter(join(projectDir, path), fileStats as Stats) === true;
}

/** Every file in the repository, plus what a build or a careless copy leaves beside them. */
const repositoryFiles = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
  .split('\n')
  .filter((path) => path !== '');

const generatedFiles = [
  'out/main/index.js',
  'out/main/chunks/main-BnKcAA62.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/renderer/assets/index-C0Mxki8a.js',
];

/** Tracked runtime resources that ship as they are: the licence of the embedded fonts. */
const shippedResources = ['resources/fonts/LICENSE-DejaVu.txt'];

const strayFiles = [
  '.env',
  '.env.production',
  'code-signing.p12',
  'build/developer-id.p12',
  'certificates/windows.pfx',
  'AuthKey_ABC123.p8',
  'server.pem',
  'server.key',
  'out/renderer/.env',
  'out/main/signing.pfx',
  'out/main/index.js.map',
  'out/renderer/assets/index-C0Mxki8a.js.map',
  'out/main/secret.ts',
  'resources/.npmrc',
  'node_modules/zod/index.js',
  'node_modules/@electric-sql/pglite/dist/pglite.wasm',
  'release/0.1.0/MedInfo-Desk-Setup-0.1.0.exe',
];

describe('what goes into app.asar', () => {
  it('is the built bundles, runtime resources and package.json only', () => {
    const packaged = [...repositoryFiles, ...generatedFiles].filter(isPackaged).sort();
    expect(packaged).toEqual([...generatedFiles, ...shippedResources, 'package.json'].sort());
  });

  it('never includes sources, tests, docs, scripts, build inputs or configuration', () => {
    const leaked = repositoryFiles.filter(
      (path) => path !== 'package.json' && !shippedResources.includes(path) && isPackaged(path),
    );
    expect(leaked).toEqual([]);
    expect(repositoryFiles.filter((path) => path.startsWith('src/')).length).toBeGreaterThan(100);
  });

  it.each(strayFiles)('leaves out %s', (path) => {
    expect(isPackaged(path)).toBe(false);
  });
});
