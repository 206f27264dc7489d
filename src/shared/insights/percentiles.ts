/**
 * Percentiles of whole numbers from a histogram (value → how often), in O(distinct values)
 * instead of sorting every value: turnaround in business days takes few distinct values.
 * Linear interpolation between closest ranks (the "R-7" method of spreadsheets and NumPy):
 * the median of 1 and 2 is 1.5, the 90th percentile of 0…10 is 9.
 */
export class Histogram {
  private readonly counts = new Map<number, number>();
  private total = 0;

  add(value: number): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    this.total += 1;
  }

  get size(): number {
    return this.total;
  }

  /** The p-th percentile (0 ≤ p ≤ 1); null when empty. */
  percentile(p: number): number | null {
    if (this.total === 0) return null;
    const position = (this.total - 1) * p;
    const lowerRank = Math.floor(position);
    const lower = this.valueAtRank(lowerRank);
    const upper = this.valueAtRank(Math.min(lowerRank + 1, this.total - 1));
    return lower + (upper - lower) * (position - lowerRank);
  }

  /** The value at a zero-based rank in ascending order. */
  private valueAtRank(rank: number): number {
    let seen = 0;
    const values = [...this.counts.keys()].sort((a, b) => a - b);
    for (const value of values) {
      seen += this.counts.get(value) ?? 0;
      if (rank < seen) return value;
    }
    return values.at(-1) ?? 0;
  }
}

/** The p-th percentile of a list, by the same method (for tests and reference code). */
export function percentileOf(values: readonly number[], p: number): number | null {
  const histogram = new Histogram();
  for (const value of values) histogram.add(value);
  return histogram.percentile(p);
}
