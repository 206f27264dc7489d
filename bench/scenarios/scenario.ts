/** One figure a scenario measured, beside the baseline it is judged against. */
export type BenchResult = {
  scenario: string;
  /** What was measured, e.g. `total time` or `throughput`. */
  metric: string;
  ours: number;
  baseline: number;
  unit: string;
  /** Whether a smaller figure is better (times) or a larger one (throughput). */
  isLowerBetter: boolean;
};

export type BenchScenario = {
  name: string;
  description: string;
  run: () => Promise<BenchResult[]>;
};

/** ours ÷ baseline: for times, the overhead factor; for throughput, the share of the baseline. */
export function ratioOf(result: BenchResult): number {
  return result.baseline === 0 ? Number.NaN : result.ours / result.baseline;
}

/** Milliseconds an async step takes, measured with the monotonic clock. */
export async function timeIt(step: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await step();
  return performance.now() - start;
}
