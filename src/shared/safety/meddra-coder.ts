import MiniSearch from 'minisearch';
import type { MeddraCoding } from '../schemas/safety-parts';
import type { MeddraLowLevelTerm, MeddraRelease } from './meddra';

/**
 * Coding a verbatim term: the LLT whose name matches exactly (ignoring case, accents and
 * punctuation) first, then LLTs whose words start with, or are a typo away from, the words typed
 * (MiniSearch prefix and fuzzy search). Only current LLTs are offered (MedDRA Term Selection:
 * Points to Consider). The officer picks; nothing is coded without a person choosing.
 */

export type MeddraMatchKind = 'exact' | 'prefix' | 'fuzzy';

export type MeddraMatch = { coding: MeddraCoding; matchKind: MeddraMatchKind };

export type MeddraCoder = {
  version: string;
  /** Candidates for a verbatim term, best first; empty for blank text. */
  search: (verbatim: string, limit?: number) => MeddraMatch[];
  /** The coding of an exact LLT name match, or null. */
  codeExact: (verbatim: string) => MeddraCoding | null;
  /** The coding of an LLT by code (current or not), or null when the release lacks it. */
  codingOf: (lltCode: string) => MeddraCoding | null;
};

/** Lower case, no accents, punctuation as spaces, single spaces. */
export function normaliseTerm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isPrefixMatch(query: string, name: string): boolean {
  const words = normaliseTerm(name).split(' ');
  return normaliseTerm(query)
    .split(' ')
    .every((term) => words.some((word) => word.startsWith(term)));
}

/** A coder over a release; builds its index once (about 80,000 LLTs in a full English release). */
export function createMeddraCoder(release: MeddraRelease): MeddraCoder {
  const current = [...release.lowLevelTerms.values()].filter((term) => term.isCurrent);
  const byName = new Map<string, MeddraLowLevelTerm>();
  for (const term of current) byName.set(normaliseTerm(term.name), term);
  const index = new MiniSearch<MeddraLowLevelTerm>({
    idField: 'code',
    fields: ['name'],
    processTerm: (term) => normaliseTerm(term) || null,
  });
  index.addAll(current);

  const codingOf = (lltCode: string): MeddraCoding | null => {
    const llt = release.lowLevelTerms.get(lltCode);
    const pt = llt === undefined ? undefined : release.preferredTerms.get(llt.ptCode);
    if (llt === undefined || pt === undefined) return null;
    return {
      lltCode: llt.code,
      lltName: llt.name,
      ptCode: pt.code,
      ptName: pt.name,
      version: release.version,
    };
  };
  const codeExact = (verbatim: string): MeddraCoding | null => {
    const term = byName.get(normaliseTerm(verbatim));
    return term === undefined ? null : codingOf(term.code);
  };
  const search = (verbatim: string, limit = 10): MeddraMatch[] => {
    if (normaliseTerm(verbatim) === '') return [];
    const exact = codeExact(verbatim);
    // Cheapest first: every word as a prefix; typo tolerance only when that finds nothing
    // (fuzzy expansion is what costs time in a release of 80,000 terms).
    const attempts = [
      { prefix: true, combineWith: 'AND' },
      { prefix: true, fuzzy: 0.2, combineWith: 'AND' },
      { prefix: true, fuzzy: 0.2, combineWith: 'OR' },
    ] as const;
    let results: ReturnType<typeof index.search> = [];
    for (const options of attempts) {
      results = index.search(verbatim, options);
      if (results.length > 0) break;
    }
    // MiniSearch ranks by relevance; only the head is worth resolving ("rash" alone matches
    // hundreds of LLTs in a full release).
    const ranked = results
      .slice(0, limit * 4)
      .filter((result) => result.id !== exact?.lltCode)
      .flatMap((result): MeddraMatch[] => {
        const coding = codingOf(String(result.id));
        if (coding === null) return [];
        return [
          { coding, matchKind: isPrefixMatch(verbatim, coding.lltName) ? 'prefix' : 'fuzzy' },
        ];
      })
      // Stable sort: prefix matches before fuzzy ones, MiniSearch's relevance within each.
      .sort(
        (first, second) =>
          Number(first.matchKind === 'fuzzy') - Number(second.matchKind === 'fuzzy'),
      );
    const head: MeddraMatch[] = exact === null ? [] : [{ coding: exact, matchKind: 'exact' }];
    return [...head, ...ranked].slice(0, limit);
  };
  return { version: release.version, search, codeExact, codingOf };
}
