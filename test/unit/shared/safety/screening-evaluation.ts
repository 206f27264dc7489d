import { z } from 'zod';
import corpusJson from '../../../fixtures/screening/corpus.json' with { type: 'json' };
import type { SafetySignal } from '../../../../src/shared/safety/signal';
import {
  safetySignalKindSchema,
  screeningLanguageSchema,
  specialSituationSchema,
} from '../../../../src/shared/safety/signal';

/**
 * The labelled screening corpus (test/fixtures/screening/corpus.json) and how screenText is
 * scored against it. Shared by the corpus test and scripts/screening-report.ts.
 */

const expectedSignalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('adverse-event') }),
  z.object({ kind: z.literal('product-complaint') }),
  z.object({ kind: z.literal('special-situation'), situation: specialSituationSchema }),
]);
export type ExpectedSignal = z.infer<typeof expectedSignalSchema>;

/** How an entry came to be; see the corpus description and docs/decisions/0005. */
export const corpusSetSchema = z.enum(['development', 'holdout', 'holdout-2', 'blind']);
export type CorpusSet = z.infer<typeof corpusSetSchema>;

export const corpusEntrySchema = z.object({
  id: z.string().regex(/^(en|de|fr|es)-\d{3}$/),
  set: corpusSetSchema,
  language: screeningLanguageSchema,
  text: z.string().min(1),
  /** Signals a PV reviewer wants flagged; empty for a negative sentence. */
  expected: z.array(expectedSignalSchema),
  /** Defensible extra flags (an accidental overdose is also a medication error): not spurious. */
  acceptable: z.array(expectedSignalSchema).optional(),
  note: z.string().optional(),
});
export type CorpusEntry = z.infer<typeof corpusEntrySchema>;

export const corpus: readonly CorpusEntry[] = z
  .object({ description: z.string(), entries: z.array(corpusEntrySchema) })
  .parse(corpusJson).entries;

/** "adverse-event", "product-complaint" or the situation's name. */
export function signalType(signal: ExpectedSignal | SafetySignal): string {
  return signal.kind === 'special-situation' ? signal.situation : signal.kind;
}

export type Metrics = {
  sentences: number;
  expectedSignals: number;
  foundSignals: number;
  /** Share of expected signals (kind and situation) that were found. */
  recall: number;
  negativeSentences: number;
  negativesWithSignal: number;
  /** Share of negative sentences with any signal at all. */
  negativeFalsePositiveRate: number;
  positiveSentences: number;
  positivesWithSpuriousSignal: number;
  /** Share of positive sentences with a signal type neither expected nor acceptable. */
  spuriousRate: number;
};

export type Finding = { id: string; text: string; types: string[] };

export type Evaluation = {
  overall: Metrics;
  byLanguage: Record<string, Metrics>;
  bySet: Record<string, Metrics>;
  misses: Finding[];
  spurious: Finding[];
};

type Tally = Omit<Metrics, 'recall' | 'negativeFalsePositiveRate' | 'spuriousRate'>;

function emptyTally(): Tally {
  return {
    sentences: 0,
    expectedSignals: 0,
    foundSignals: 0,
    negativeSentences: 0,
    negativesWithSignal: 0,
    positiveSentences: 0,
    positivesWithSpuriousSignal: 0,
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function toMetrics(tally: Tally): Metrics {
  return {
    ...tally,
    recall: ratio(tally.foundSignals, tally.expectedSignals),
    negativeFalsePositiveRate: ratio(tally.negativesWithSignal, tally.negativeSentences),
    spuriousRate: ratio(tally.positivesWithSpuriousSignal, tally.positiveSentences),
  };
}

type EntryResult = { found: number; expected: number; missing: string[]; unexpected: string[] };

function scoreEntry(entry: CorpusEntry, signals: readonly SafetySignal[]): EntryResult {
  const found = new Set(signals.map(signalType));
  const expected = new Set(entry.expected.map(signalType));
  const allowed = new Set([...expected, ...(entry.acceptable ?? []).map(signalType)]);
  const missing = [...expected].filter((type) => !found.has(type));
  const unexpected = [...found].filter((type) => !allowed.has(type));
  return { found: expected.size - missing.length, expected: expected.size, missing, unexpected };
}

function addTo(tally: Tally, result: EntryResult): void {
  tally.sentences++;
  tally.expectedSignals += result.expected;
  tally.foundSignals += result.found;
  if (result.expected === 0) {
    tally.negativeSentences++;
    if (result.unexpected.length > 0) tally.negativesWithSignal++;
  } else {
    tally.positiveSentences++;
    if (result.unexpected.length > 0) tally.positivesWithSpuriousSignal++;
  }
}

/** Scores `screen` on the corpus: overall, per language and per set, with every miss listed. */
export function evaluateCorpus(
  screen: (text: string) => SafetySignal[],
  entries: readonly CorpusEntry[] = corpus,
): Evaluation {
  const overall = emptyTally();
  const byLanguage = new Map<string, Tally>();
  const bySet = new Map<string, Tally>();
  const misses: Finding[] = [];
  const spurious: Finding[] = [];
  for (const entry of entries) {
    const result = scoreEntry(entry, screen(entry.text));
    for (const tally of [
      overall,
      byLanguage.get(entry.language) ??
        byLanguage.set(entry.language, emptyTally()).get(entry.language)!,
      bySet.get(entry.set) ?? bySet.set(entry.set, emptyTally()).get(entry.set)!,
    ]) {
      addTo(tally, result);
    }
    if (result.missing.length > 0)
      misses.push({ id: entry.id, text: entry.text, types: result.missing });
    if (result.unexpected.length > 0) {
      spurious.push({ id: entry.id, text: entry.text, types: result.unexpected });
    }
  }
  const metricsOf = (tallies: Map<string, Tally>): Record<string, Metrics> =>
    Object.fromEntries([...tallies].map(([name, tally]) => [name, toMetrics(tally)]));
  return {
    overall: toMetrics(overall),
    byLanguage: metricsOf(byLanguage),
    bySet: metricsOf(bySet),
    misses,
    spurious,
  };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`.padStart(8);
}

function row(name: string, metrics: Metrics): string {
  return [
    name.padEnd(16),
    String(metrics.sentences).padStart(5),
    `${metrics.foundSignals}/${metrics.expectedSignals}`.padStart(9),
    percent(metrics.recall),
    `${metrics.negativesWithSignal}/${metrics.negativeSentences}`.padStart(8),
    percent(metrics.negativeFalsePositiveRate),
    `${metrics.positivesWithSpuriousSignal}/${metrics.positiveSentences}`.padStart(8),
    percent(metrics.spuriousRate),
  ].join('  ');
}

/** A plain-text table of an evaluation, with the misses and spurious signals listed under it. */
export function formatEvaluation(evaluation: Evaluation): string {
  const header = [
    'group'.padEnd(16),
    'sent.'.padStart(5),
    'found'.padStart(9),
    'recall'.padStart(8),
    'neg+sig'.padStart(8),
    'neg FPR'.padStart(8),
    'spur.'.padStart(8),
    'spur. rt'.padStart(8),
  ].join('  ');
  const lines = [header, '-'.repeat(header.length)];
  for (const [name, metrics] of Object.entries(evaluation.byLanguage))
    lines.push(row(name, metrics));
  lines.push(row('overall', evaluation.overall), '');
  for (const [name, metrics] of Object.entries(evaluation.bySet))
    lines.push(row(`set ${name}`, metrics));
  const list = (title: string, findings: readonly Finding[]): string[] => [
    '',
    `${title} (${findings.length})`,
    ...findings.map((finding) => `  ${finding.id}  [${finding.types.join(', ')}]  ${finding.text}`),
  ];
  return [
    ...lines,
    ...list('Missed', evaluation.misses),
    ...list('Spurious', evaluation.spurious),
  ].join('\n');
}

/** Every kind and situation a language's corpus must cover with at least one positive. */
export const requiredTypes: readonly string[] = [
  ...safetySignalKindSchema.options.filter((kind) => kind !== 'special-situation'),
  ...specialSituationSchema.options,
];
