/**
 * Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of one
 * substring): insertions, deletions, substitutions and transpositions of neighbours each cost 1,
 * so `halvsatatin` is 1 from `halvastatin` — the typo people make most. Without transpositions
 * it is the Levenshtein distance MiniSearch's typo tolerance counts (a swap costs 2). Stops early
 * and returns `limit + 1` once the distance must exceed `limit`.
 */
export function editDistance(
  left: string,
  right: string,
  limit: number,
  { transpositions = true }: { transpositions?: boolean } = {},
): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    let rowMinimum = row;
    for (let column = 1; column <= right.length; column += 1) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let value = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
      const isTransposition =
        transpositions &&
        row > 1 &&
        column > 1 &&
        left[row - 1] === right[column - 2] &&
        left[row - 2] === right[column - 1];
      if (isTransposition) value = Math.min(value, (beforePrevious[column - 2] ?? 0) + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[right.length] ?? limit + 1, limit + 1);
}
