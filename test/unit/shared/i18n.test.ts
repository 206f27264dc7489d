import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogKeys, catalogs, supportedLanguages } from '../../../src/shared/i18n';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Plural forms are looked up as key_one / key_other: the base key is what code passes to t(). */
function withoutPluralSuffix(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

describe('message catalogs', () => {
  const englishKeys = catalogKeys(catalogs.en);

  it.each(supportedLanguages)(
    '%s has exactly the keys of English, none missing or extra',
    (code) => {
      expect(catalogKeys(catalogs[code])).toEqual(englishKeys);
    },
  );

  it.each(supportedLanguages)('%s has no empty message', (code) => {
    const empty = catalogKeys(catalogs[code]).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => {
        return typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined;
      }, catalogs[code]);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('has every key the user interface asks for', () => {
    const known = new Set(englishKeys.map(withoutPluralSuffix));
    const used = sourceFiles('src/renderer/src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z0-9.-]+)'/g)].map(
        (match) => match[1] ?? '',
      ),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
