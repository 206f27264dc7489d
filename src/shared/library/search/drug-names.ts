import { editDistance } from './edit-distance';

/** Deletions of up to two letters: the keys of a symmetric-delete index (SymSpell). */
function deletions(word: string): Set<string> {
  const variants = new Set([word]);
  for (let first = 0; first < word.length; first += 1) {
    const once = word.slice(0, first) + word.slice(first + 1);
    variants.add(once);
    for (let second = first; second < once.length; second += 1) {
      variants.add(once.slice(0, second) + once.slice(second + 1));
    }
  }
  return variants;
}

/**
 * Finds the product name a misspelt query word meant. A symmetric-delete index (names and the
 * query reduced by up to two deletions meet on a common key) gives a handful of candidates in
 * ~60 map lookups, instead of an edit distance against every name; the candidates are then
 * checked with the optimal-string-alignment distance (transpositions count once): at most 2
 * edits, 3 for words of 9 letters or more.
 */
export type DrugNameIndex = {
  /** Canonical terms of the products the word may mean, closest first (at most three). */
  candidates: (word: string) => { canonical: string; distance: number }[];
};

export function createDrugNameIndex(names: ReadonlyMap<string, string>): DrugNameIndex {
  const byDeletion = new Map<string, string[]>();
  for (const name of names.keys()) {
    for (const key of deletions(name)) {
      const list = byDeletion.get(key);
      if (list === undefined) byDeletion.set(key, [name]);
      else list.push(name);
    }
  }
  return {
    candidates: (word) => {
      if (word.length < 5) return [];
      const limit = word.length >= 9 ? 3 : 2;
      const best = new Map<string, number>();
      // A name close to the word meets it on many keys: its distance is computed once.
      const checked = new Set<string>();
      for (const key of deletions(word)) {
        for (const name of byDeletion.get(key) ?? []) {
          if (checked.has(name)) continue;
          checked.add(name);
          const canonical = names.get(name);
          if (canonical === undefined) continue;
          const distance = editDistance(word, name, limit);
          if (distance <= limit && distance < (best.get(canonical) ?? limit + 1)) {
            best.set(canonical, distance);
          }
        }
      }
      return [...best]
        .map(([canonical, distance]) => ({ canonical, distance }))
        .sort((left, right) => left.distance - right.distance)
        .slice(0, 3);
    },
  };
}
