import { readFile, readdir } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/*
 * `npm run package:check`, run by every `npm run dist*` after the build: the installer ships no
 * node_modules (build/package-files.ts), so main and the preload may load nothing at run time
 * but Electron, Node's built-in modules and their own files. A bundle that still imports a
 * package would install fine and then fail to start on every laptop; this check fails the build
 * instead.
 */

const importPatterns = [
  /\bimport\s*(?:[\w*${}\s,]+\s*from\s*)?["']([^"']+)["']/g,
  /\bexport\s*[\w*${}\s,]+\s*from\s*["']([^"']+)["']/g,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  /\brequire\(\s*["']([^"']+)["']\s*\)/g,
];

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** The module specifiers a bundle loads, in order of appearance, without duplicates. */
export function findImportedModules(source: string): string[] {
  const found = importPatterns.flatMap((pattern) =>
    [...source.matchAll(pattern)].map((match) => ({ index: match.index, name: match[1] ?? '' })),
  );
  return [...new Set(found.sort((a, b) => a.index - b.index).map((entry) => entry.name))];
}

/** Whether a packaged bundle may load `name`: Electron, a Node built-in, or a relative file. */
export function isAllowedAtRuntime(name: string): boolean {
  return (
    name === 'electron' || builtins.has(name) || name.startsWith('./') || name.startsWith('../')
  );
}

async function bundleFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(c|m)?js$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Lists, per bundle file under `outDir`/main and /preload, the modules that would not be found.
 * @throws when the bundles are missing (build first)
 */
export async function findMissingRuntimeModules(outDir: string): Promise<string[]> {
  const files = [
    ...(await bundleFiles(join(outDir, 'main'))),
    ...(await bundleFiles(join(outDir, 'preload'))),
  ];
  if (files.length === 0) throw new Error(`No bundles in ${outDir}: run \`npm run build\` first`);
  const problems: string[] = [];
  for (const file of files) {
    const imported = findImportedModules(await readFile(file, 'utf8'));
    for (const name of imported.filter((module) => !isAllowedAtRuntime(module))) {
      problems.push(`${relative(process.cwd(), file)} loads "${name}"`);
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = await findMissingRuntimeModules('out');
  if (problems.length > 0) {
    console.error(
      `These modules would be missing from the installed app (bundle them into out/main):\n- ${problems.join('\n- ')}`,
    );
    process.exit(1);
  }
  console.log('out/main and out/preload load only Electron, Node built-ins and their own files.');
}
