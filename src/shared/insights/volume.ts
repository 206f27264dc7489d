import { BucketScheme } from './calendar';
import type { Granularity } from './filters';
import type { InquiryView } from './inquiry-view';

/** Inquiries received in one bucket of time (a day, an ISO week named by its Monday, a month). */
export type VolumeBucket = { bucket: string; count: number; inquiryIds: string[] };

/**
 * Inquiry volume over time. Counts per day while adding, buckets at the end: the bucket size may
 * depend on a period known only after the pass (an unbounded start is the earliest receipt).
 */
export class VolumeAccumulator {
  private readonly days = new Map<string, string[]>();

  add(view: InquiryView): void {
    const ids = this.days.get(view.receivedDate);
    if (ids) ids.push(view.inquiry.id);
    else this.days.set(view.receivedDate, [view.inquiry.id]);
  }

  /** The earliest day seen, or null when nothing was added. */
  earliestDay(): string | null {
    let earliest: string | null = null;
    for (const day of this.days.keys()) if (earliest === null || day < earliest) earliest = day;
    return earliest;
  }

  /** Buckets from `period.from` to `period.to`, empty ones kept so a line stays honest. */
  result(granularity: Granularity, period: { from: string; to: string }): VolumeBucket[] {
    const scheme = new BucketScheme(granularity);
    const buckets = new Map(
      scheme.keysBetween(period.from, period.to).map((key) => [key, [] as string[]]),
    );
    const days = [...this.days.keys()].sort();
    for (const day of days) buckets.get(scheme.keyOf(day))?.push(...(this.days.get(day) ?? []));
    return [...buckets].map(([bucket, inquiryIds]) => ({
      bucket,
      count: inquiryIds.length,
      inquiryIds,
    }));
  }
}

/** Inquiry volume over time for views already filtered to the period. */
export function computeVolume(
  views: Iterable<InquiryView>,
  granularity: Granularity,
  period: { from: string; to: string },
): VolumeBucket[] {
  const accumulator = new VolumeAccumulator();
  for (const view of views) accumulator.add(view);
  return accumulator.result(granularity, period);
}
