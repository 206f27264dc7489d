import type { LibraryCorpus } from './library-corpus';
import { seededRandom } from './library-corpus';

/** A benchmark query and the documents that answer it (same product, same main topic). */
export type BenchQuery = { text: string; relevant: ReadonlySet<string> };
export type QuerySets = { exact: BenchQuery[]; prefix: BenchQuery[]; misspelt: BenchQuery[] };

const vowels = 'aeiou';

/** One typing error: neighbours swapped, a letter dropped, doubled or replaced by a vowel. */
function typo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  if (kind === 0)
    return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 2) return word.slice(0, at) + (word[at] ?? '') + word.slice(at);
  const vowel = vowels[Math.floor(random() * vowels.length)] ?? 'a';
  return word.slice(0, at) + vowel + word.slice(at + 1);
}

/** One error in a short name, two in a long one (9 letters or more), never the same word back. */
function misspell(word: string, random: () => number): string {
  let result = word;
  const errors = word.length >= 9 ? 2 : 1;
  for (let attempt = 0; attempt < 20 && (result === word || attempt < errors); attempt += 1) {
    result = typo(attempt === 0 ? word : result, random);
  }
  return result.toLowerCase();
}

/**
 * Queries an officer types: the drug and the subject. Exact (`Zanavaquin renal`), being typed
 * (`Zanavaquin ren`) and misspelt (`zanavqauin renal`, or the INN misspelt, sometimes the
 * subject too). Each is judged against the documents about that product and topic.
 */
export function makeQueries(corpus: LibraryCorpus, count: number, seed = 7): QuerySets {
  const random = seededRandom(seed);
  const products = new Map(corpus.products.map((product) => [product.id, product]));
  const sets: QuerySets = { exact: [], prefix: [], misspelt: [] };
  for (let index = 0; index < count; index += 1) {
    const document = corpus.documents[Math.floor(random() * corpus.documents.length)];
    const product = products.get(document?.productIds[0] ?? '');
    const topic = corpus.mainTopic.get(document?.id ?? '');
    if (document === undefined || product === undefined || topic === undefined) continue;
    const topicWord = topic.split(' ').find((word) => word.length >= 4) ?? topic;
    const relevant = new Set(
      corpus.documents
        .filter(
          (candidate) =>
            candidate.productIds[0] === product.id && corpus.mainTopic.get(candidate.id) === topic,
        )
        .map((candidate) => candidate.id),
    );
    const name = index % 2 === 0 ? product.brandName : product.genericName;
    const typedTopic = topicWord.slice(0, Math.max(3, topicWord.length - 3));
    const misspeltTopic =
      index % 3 === 0 && topicWord.length >= 6 ? misspell(topicWord, random) : topicWord;
    sets.exact.push({ text: `${product.brandName} ${topicWord}`, relevant });
    sets.prefix.push({ text: `${product.brandName} ${typedTopic}`, relevant });
    sets.misspelt.push({ text: `${misspell(name, random)} ${misspeltTopic}`, relevant });
  }
  return sets;
}

/** Share of the relevant documents (at most 5) among the first 5 hits, averaged over queries. */
export function recallAtFive(
  queries: readonly BenchQuery[],
  search: (text: string) => string[],
): number {
  const total = queries.reduce((sum, query) => {
    const top = search(query.text).slice(0, 5);
    const found = top.filter((id) => query.relevant.has(id)).length;
    return sum + found / Math.min(5, query.relevant.size);
  }, 0);
  return queries.length === 0 ? 0 : total / queries.length;
}

/** The p-th percentile (0–100) of a list of times, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
