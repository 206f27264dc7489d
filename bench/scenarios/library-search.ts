import Fuse from 'fuse.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { makeLibraryCorpus } from './library-corpus';
import {
  buildBare,
  buildFuse,
  buildOurs,
  buildSubstring,
  fuseKeys,
  fuseRecords,
  loadOurs,
  type Engine,
} from './library-engines';
import { makeQueries, percentile, recallAtFive, type BenchQuery } from './library-queries';
import type { BenchResult, BenchScenario } from './scenario';

const documentCount = 20_000;
const queryCount = 200;
/** Fuse.js takes seconds a query at this size: it answers only the first few of each kind. */
const fuseQueryCount = Number(process.env.BENCH_FUSE_QUERIES ?? 4);
const scenario = 'library-search-20k';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void; // as: --expose-gc defines it

function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

function timed<T>(step: () => T): { value: T; milliseconds: number } {
  const start = performance.now();
  const value = step();
  return { value, milliseconds: performance.now() - start };
}

/** Builds an engine and reports its time and the heap it holds. */
function measuredBuild<T>(build: () => T): { value: T; milliseconds: number; megabytes: number } {
  const before = heapAfterGc();
  const { value, milliseconds } = timed(build);
  return { value, milliseconds, megabytes: (heapAfterGc() - before) / 1_048_576 };
}

/** Latencies of every engine on the same queries, interleaved so load on the machine hits all. */
function latencies(engines: readonly Engine[], queries: readonly BenchQuery[]): number[][] {
  for (const query of queries.slice(0, 10)) for (const engine of engines) engine.search(query.text);
  const times = engines.map((): number[] => []);
  for (const query of queries) {
    engines.forEach((engine, index) => {
      times[index]?.push(timed(() => engine.search(query.text)).milliseconds);
    });
  }
  return times;
}

const row = (
  metric: string,
  ours: number,
  baseline: number,
  unit: string,
  isLowerBetter = true,
): BenchResult => ({
  scenario,
  metric,
  ours,
  baseline,
  unit,
  isLowerBetter,
});

function latencyRows(kind: string, ours: number[], baselines: [string, number[]][]): BenchResult[] {
  return baselines.flatMap(([name, times]) =>
    [50, 95].map((p) => {
      const oursOnSame = ours.slice(0, times.length);
      return row(
        `p${p} ${kind} query vs ${name}${times.length < ours.length ? ` (${times.length} queries)` : ''}`,
        percentile(oursOnSame, p),
        percentile(times, p),
        'ms',
      );
    }),
  );
}

function run(): BenchResult[] {
  const corpus = makeLibraryCorpus(documentCount);
  const queries = makeQueries(corpus, queryCount);
  const ours = measuredBuild(() => buildOurs(corpus.documents, corpus.products));
  const bare = measuredBuild(() => buildBare(corpus.documents).engine);
  const substring = measuredBuild(() => buildSubstring(corpus.documents));
  const records = fuseRecords(corpus.documents, corpus.products);
  const fuseIndex = measuredBuild(() => Fuse.createIndex(fuseKeys, records));
  const fuse = buildFuse(records, fuseIndex.value);
  // The persisted index as IndexedDB hands it back: a structured clone of what was saved.
  const persisted = structuredClone(ours.value.search.toPersisted());
  const loaded = timed(() => loadOurs(persisted, corpus.documents, corpus.products));
  const fuseLoaded = timed(() => Fuse.parseIndex(structuredClone(fuseIndex.value.toJSON())));
  const results: BenchResult[] = [
    row('build index vs bare MiniSearch', ours.milliseconds, bare.milliseconds, 'ms'),
    row('build index vs Fuse.js', ours.milliseconds, fuseIndex.milliseconds, 'ms'),
    row('build vs substring (lower-casing)', ours.milliseconds, substring.milliseconds, 'ms'),
    row('persisted load vs our rebuild', loaded.milliseconds, ours.milliseconds, 'ms'),
    row(
      'Fuse.js: persisted load vs its build',
      fuseLoaded.milliseconds,
      fuseIndex.milliseconds,
      'ms',
    ),
    row('heap held vs bare MiniSearch', ours.megabytes, bare.megabytes, 'MB'),
    row('heap held vs Fuse.js (index + records)', ours.megabytes, fuseIndex.megabytes, 'MB'),
    row('heap held vs substring (texts)', ours.megabytes, substring.megabytes, 'MB'),
  ];
  for (const [kind, set] of Object.entries(queries)) {
    const [oursTimes = [], bareTimes = [], substringTimes = []] = latencies(
      [ours.value.engine, bare.value, substring.value],
      set,
    );
    const [fuseTimes = []] = latencies([fuse], set.slice(0, fuseQueryCount));
    results.push(
      ...latencyRows(kind, oursTimes, [
        ['bare MiniSearch', bareTimes],
        ['substring', substringTimes],
        ['Fuse.js', fuseTimes],
      ]),
    );
  }
  const misspelt = queries.misspelt;
  const fuseSubset = misspelt.slice(0, fuseQueryCount);
  const recallOf = (engine: Engine, set: readonly BenchQuery[]): number =>
    recallAtFive(set, engine.search);
  results.push(
    row(
      'recall@5 misspelt vs bare MiniSearch',
      recallOf(ours.value.engine, misspelt),
      recallOf(bare.value, misspelt),
      'share',
      false,
    ),
    row(
      'recall@5 misspelt vs substring',
      recallOf(ours.value.engine, misspelt),
      recallOf(substring.value, misspelt),
      'share',
      false,
    ),
    row(
      `recall@5 misspelt vs Fuse.js (${fuseSubset.length} queries)`,
      recallOf(ours.value.engine, fuseSubset),
      recallOf(fuse, fuseSubset),
      'share',
      false,
    ),
    row(
      'recall@5 misspelt: persisted vs rebuilt',
      recallOf(loaded.value, misspelt),
      recallOf(ours.value.engine, misspelt),
      'share',
      false,
    ),
  );
  return results;
}

export const librarySearch: BenchScenario = {
  name: scenario,
  description: `${documentCount} generated documents (~300 words, en/de/fr/es, 200 products): our library search vs bare MiniSearch (same fuzzy/prefix, no stemming, synonyms or filters), Fuse.js (first ${fuseQueryCount} queries of each kind: it takes seconds per query) and a substring scan; ${queryCount} queries of each kind`,
  run: () => Promise.resolve(run()),
};
