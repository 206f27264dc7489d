import type { SearchResult } from 'minisearch';
import type { QueryWord } from './analyzer';

/** Each query term → the query words it stands for, one bit per word (from the 31st, shared). */
function wordBits(words: readonly QueryWord[]): Map<string, number> {
  const bits = new Map<string, number>();
  words.forEach((word, index) => {
    const bit = 1 << Math.min(index, 30);
    for (const variant of word.variants) {
      bits.set(variant.term, (bits.get(variant.term) ?? 0) | bit);
    }
  });
  return bits;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/**
 * The best `limit` results when a document's score is multiplied by the number of query words
 * it matched, not, as MiniSearch does, by the number of query terms. The variants of a word (its
 * stems in four languages, the products a misspelt name may mean) are one word: otherwise a
 * document counts twice when its language's stemmer changed the word (a German `gluten` indexed
 * with its stem `glut`) and outranks the English one the officer wants (decision 0034). Keeps
 * MiniSearch's order between equal scores; picks the few best without sorting all results again.
 */
export function bestByWords(
  results: readonly SearchResult[],
  words: readonly QueryWord[],
  limit: number,
): SearchResult[] {
  if (limit <= 0) return [];
  const bits = wordBits(words);
  // A term standing for one word only: a document then matches no more words than terms, so
  // its score here is at most MiniSearch's, which orders the results.
  const isAtMostMiniSearchScore = [...bits.values()].every((mask) => bitCount(mask) === 1);
  const best: SearchResult[] = [];
  for (const result of results) {
    const worst = best.length < limit ? undefined : best[best.length - 1];
    // No later result can do better than the worst one kept: the rest are left unscored.
    if (worst !== undefined && isAtMostMiniSearchScore && result.score <= worst.score) break;
    let mask = 0;
    for (const term of result.queryTerms) mask |= bits.get(term) ?? 0;
    const perTerm = result.score / Math.max(1, result.queryTerms.length);
    const score = perTerm * Math.max(1, bitCount(mask));
    if (worst !== undefined && score <= worst.score) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.score ?? 0) < score) at -= 1;
    best.splice(at, 0, { ...result, score });
    if (best.length > limit) best.pop();
  }
  return best;
}
