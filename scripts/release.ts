import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/*
 * The release workflow's steps, runnable by hand (docs/release.md):
 *   npm run release:check-tag -- v1.3.0        the tag names package.json's version
 *   npm run release:collect -- release out-dir  installers and update metadata of one build
 *   npm run release:attach -- v1.3.0 out-dir    a draft release on the forge with those files
 */

/**
 * Checks that a release tag is `v` + the version in package.json.
 * @throws Error saying what to fix
 */
export function checkReleaseTag(tag: string, version: string): void {
  if (tag !== `v${version}`) {
    throw new Error(`Tag ${tag} does not match package.json (${version}): tag v${version}`);
  }
}

/** A pre-release version (1.4.0-beta.1) goes to beta users only, and is marked so. */
export function isPrerelease(tag: string): boolean {
  return /^v\d+\.\d+\.\d+-/.test(tag);
}

/** Installers, their block maps, and the update metadata electron-updater reads. */
const assetPatterns = [
  /\.(exe|dmg|zip|AppImage|deb)$/,
  /\.(exe|dmg|zip|AppImage)\.blockmap$/,
  /^(latest|beta|alpha)(-mac|-linux)?(-(arm64|arm|ia32|x64))?\.yml$/,
];

/** From one folder of electron-builder output, the files a release carries. */
export function selectReleaseAssets(fileNames: readonly string[]): string[] {
  return fileNames.filter((name) => assetPatterns.some((pattern) => pattern.test(name))).sort();
}

async function findBuildFolder(releaseRoot: string): Promise<string[]> {
  // electron-builder writes to release/<version>/; collect from every version folder present.
  const entries = await readdir(releaseRoot, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(releaseRoot, entry.name));
}

/**
 * Copies the release assets of `releaseRoot`/<version>/ into `target`, flat.
 * @throws Error when there is nothing to collect
 */
export async function collectReleaseAssets(releaseRoot: string, target: string): Promise<string[]> {
  await mkdir(target, { recursive: true });
  const collected: string[] = [];
  for (const folder of await findBuildFolder(releaseRoot)) {
    for (const name of selectReleaseAssets(await readdir(folder))) {
      await copyFile(join(folder, name), join(target, name));
      collected.push(name);
    }
  }
  if (collected.length === 0) throw new Error(`No installers or update metadata in ${releaseRoot}`);
  return collected.sort();
}

/** The `gh` command that creates the draft release with every asset of `folder`. */
export function releaseCommand(tag: string, assets: readonly string[]): string[] {
  return [
    'release',
    'create',
    tag,
    '--draft',
    '--verify-tag',
    '--generate-notes',
    '--title',
    `MedInfo Desk ${tag.slice(1)}`,
    ...(isPrerelease(tag) ? ['--prerelease'] : []),
    ...assets,
  ];
}

async function run(command: string | undefined, args: string[]): Promise<void> {
  if (command === 'check-tag') {
    const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    checkReleaseTag(args[0] ?? '', version);
    console.log(`Tag ${args[0]} matches package.json`);
  } else if (command === 'collect') {
    const collected = await collectReleaseAssets(args[0] ?? 'release', args[1] ?? 'release-assets');
    console.log(`Collected ${collected.join(', ')}`);
  } else if (command === 'attach') {
    const [tag = '', folder = 'release-assets'] = args;
    const assets = selectReleaseAssets(await readdir(folder)).map((name) => join(folder, name));
    // gh reads its token from GH_TOKEN; it is never on the command line.
    execFileSync('gh', releaseCommand(tag, assets), { stdio: 'inherit' });
  } else {
    throw new Error('Usage: tsx scripts/release.ts check-tag|collect|attach …');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
