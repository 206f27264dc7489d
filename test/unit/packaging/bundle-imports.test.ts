import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findImportedModules,
  findMissingRuntimeModules,
  isAllowedAtRuntime,
} from '../../../scripts/check-bundle-imports';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'medinfo-bundles-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the bundle import check', () => {
  it('finds static, re-exported, dynamic and CommonJS imports', () => {
    const source = [
      'import { app } from "electron";',
      "import * as path from 'node:path';",
      'import "./chunks/side-effect.js";',
      'export { z } from "zod";',
      'const updater = await import("electron-updater");',
      'const yaml = require("js-yaml");',
    ].join('\n');
    expect(findImportedModules(source)).toEqual([
      'electron',
      'node:path',
      './chunks/side-effect.js',
      'zod',
      'electron-updater',
      'js-yaml',
    ]);
  });

  it('allows only Electron, Node built-ins and the bundle’s own files', () => {
    expect(['electron', 'fs', 'node:crypto', './chunks/a.js'].every(isAllowedAtRuntime)).toBe(true);
    expect(['zod', 'electron-updater', '@electric-sql/pglite'].some(isAllowedAtRuntime)).toBe(
      false,
    );
  });

  it('names the bundle and the module that would be missing in the installed app', async () => {
    await mkdir(join(folder, 'main', 'chunks'), { recursive: true });
    await mkdir(join(folder, 'preload'), { recursive: true });
    await writeFile(join(folder, 'main', 'index.js'), 'import "electron"; import "./chunks/a.js";');
    await writeFile(join(folder, 'main', 'chunks', 'a.js'), 'import { z } from "zod";');
    await writeFile(join(folder, 'preload', 'index.cjs'), 'require("electron");');
    const problems = await findMissingRuntimeModules(folder);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/main\/chunks\/a\.js loads "zod"$/);
  });

  it('refuses to pass when nothing is built', async () => {
    await mkdir(join(folder, 'main'));
    await mkdir(join(folder, 'preload'));
    await expect(findMissingRuntimeModules(folder)).rejects.toThrow(/run `npm run build` first/);
  });
});
