// fake-indexeddb must be installed before Dexie loads: this import stays first.
import 'fake-indexeddb/auto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarios } from './scenarios';
import type { BenchResult } from './scenarios/scenario';
import { ratioOf } from './scenarios/scenario';

/*
 * Benchmark runner: `npx tsx bench/run.ts [name-filter]`. Runs the scenario of that exact name,
 * or else every scenario whose name contains the filter (all without one), prints a table and
 * writes bench/results/latest.json.
 * Figures come from fake-indexeddb in Node: compare them with each other and with earlier runs
 * of this machine, not with Chromium's IndexedDB.
 */

// An exact name runs that scenario alone; any other text runs every name containing it.
const filter = process.argv[2] ?? '';
const exact = scenarios.filter((scenario) => scenario.name === filter);
const selected =
  exact.length > 0 ? exact : scenarios.filter((scenario) => scenario.name.includes(filter));
if (selected.length === 0) {
  console.error(
    `No scenario matches "${filter}". Known: ${scenarios.map((s) => s.name).join(', ')}`,
  );
  process.exit(1);
}

function format(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
}

function printTable(results: readonly BenchResult[]): void {
  const header = ['scenario', 'metric', 'ours', 'baseline', 'ratio', 'unit'];
  const rows = results.map((result) => [
    result.scenario,
    result.metric,
    format(result.ours),
    format(result.baseline),
    `${ratioOf(result).toFixed(2)}×`,
    result.unit,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}

const results: BenchResult[] = [];
for (const scenario of selected) {
  console.log(`▶ ${scenario.name}: ${scenario.description}`);
  results.push(...(await scenario.run()));
}
console.log('');
printTable(results);

const resultsFolder = join(dirname(fileURLToPath(import.meta.url)), 'results');
await mkdir(resultsFolder, { recursive: true });
const report = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  indexedDb: 'fake-indexeddb (Node)',
  results: results.map((result) => ({ ...result, ratio: ratioOf(result) })),
};
await writeFile(join(resultsFolder, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote ${join('bench', 'results', 'latest.json')}`);
