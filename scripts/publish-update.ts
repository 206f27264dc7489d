import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { z } from 'zod';

/*
 * `npm run publish:update -- <release folder> <update location folder>`: copies a release's
 * installers and update metadata (latest.yml, latest-mac.yml, latest-linux.yml, beta*.yml …)
 * into the folder the company serves as its update location. Every file the metadata names
 * must be there with the size and SHA-512 the metadata states; installers are copied first and
 * the metadata last, each under a temporary name then renamed, so a laptop checking meanwhile
 * never reads metadata that points at a file not yet (fully) there.
 */

const updateInfoSchema = z.object({
  version: z.string().min(1),
  files: z
    .array(
      z.object({
        url: z.string().min(1),
        sha512: z.string().min(1),
        size: z.number().int().positive().optional(),
      }),
    )
    .min(1),
});

/** What one publication copies, in the order it copies. */
export type PublicationPlan = { version: string; installers: string[]; metadata: string[] };

function sha512Base64(bytes: Buffer): string {
  return createHash('sha512').update(bytes).digest('base64');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A metadata file's name must not lead outside the release folder. */
function assertPlainName(name: string): void {
  if (name !== basename(name) || name.startsWith('.')) {
    throw new Error(`Refusing file name ${name}: not a plain file name`);
  }
}

async function checkInstaller(
  folder: string,
  file: z.infer<typeof updateInfoSchema>['files'][number],
): Promise<void> {
  assertPlainName(file.url);
  const path = join(folder, file.url);
  if (!(await exists(path))) throw new Error(`${file.url} is named in the metadata but missing`);
  const bytes = await readFile(path);
  if (file.size !== undefined && bytes.length !== file.size) {
    throw new Error(`${file.url} has ${bytes.length} bytes, the metadata says ${file.size}`);
  }
  if (sha512Base64(bytes) !== file.sha512) {
    throw new Error(
      `${file.url} does not match its SHA-512 in the metadata: rebuild or re-download`,
    );
  }
}

/**
 * Reads and checks a release folder.
 * @throws Error when there is no metadata, versions differ, or an installer is missing or altered
 */
export async function planPublication(releaseFolder: string): Promise<PublicationPlan> {
  const names = (await readdir(releaseFolder)).sort();
  // latest.yml, beta-mac.yml, alpha-linux-arm64.yml …; not builder-debug.yml and the like.
  const metadataName = /^(latest|beta|alpha)(-mac|-linux)?(-(arm64|arm|ia32|x64))?\.yml$/;
  const metadata = names.filter((name) => metadataName.test(name));
  if (metadata.length === 0) throw new Error(`No update metadata (*.yml) in ${releaseFolder}`);
  const installers = new Set<string>();
  const versions = new Set<string>();
  for (const name of metadata) {
    const info = updateInfoSchema.parse(load(await readFile(join(releaseFolder, name), 'utf8')));
    versions.add(info.version);
    for (const file of info.files) {
      await checkInstaller(releaseFolder, file);
      installers.add(file.url);
      // Differential downloads read the block map beside the installer, when there is one.
      if (await exists(join(releaseFolder, `${file.url}.blockmap`))) {
        installers.add(`${file.url}.blockmap`);
      }
    }
  }
  if (versions.size !== 1) {
    throw new Error(`The metadata names several versions (${[...versions].join(', ')})`);
  }
  return { version: [...versions][0] ?? '', installers: [...installers].sort(), metadata };
}

async function copyAtomically(from: string, to: string): Promise<void> {
  const temporary = `${to}.partial`;
  await copyFile(from, temporary);
  await rename(temporary, to);
}

/**
 * Publishes a checked release into the update location: installers first, metadata last.
 * @throws Error from planPublication, before anything is copied
 */
export async function publishUpdate(
  releaseFolder: string,
  target: string,
): Promise<PublicationPlan> {
  const plan = await planPublication(releaseFolder);
  await mkdir(target, { recursive: true });
  for (const name of [...plan.installers, ...plan.metadata]) {
    await copyAtomically(join(releaseFolder, name), join(target, name));
  }
  return plan;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [releaseFolder, target] = process.argv.slice(2);
  if (releaseFolder === undefined || target === undefined) {
    console.error('Usage: npm run publish:update -- <release folder> <update location folder>');
    process.exit(2);
  }
  const plan = await publishUpdate(releaseFolder, target);
  console.log(
    `Published ${plan.version}: ${plan.installers.length} installer files, then ${plan.metadata.join(', ')}`,
  );
}
