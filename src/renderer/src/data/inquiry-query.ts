import type { Inquiry, IsoDate } from '../../../shared/schemas';
import { planInquiryQuery } from '../../../shared/domain';
import type { InquiryFilter, InquiryQueryPlan, InquirySort } from '../../../shared/domain';
import type { InquiryRow, MedinfoDatabase } from './db';
import { recordsFromRows } from './read-records';
import { matchesPersonalText } from './search-personal-text';

export type InquiryQuery = {
  filter: InquiryFilter;
  sort: InquirySort;
  /** Free text over question texts, requester and reference; none when empty. */
  search?: string;
  /** The calendar date "overdue" is judged on. */
  today: IsoDate;
  /** The `nextKey` of the previous page; the first page when omitted or null. */
  afterKey?: string | null;
  /** Rows per page, 1 to 500. */
  limit: number;
  /**
   * At most this many rows are read per call (default 2,000), so a filter that matches little
   * never scans the whole store at once: the page then comes back short, with a `nextKey`.
   */
  scanBudget?: number;
};

export type InquiryQueryPage = {
  inquiries: Inquiry[];
  /** Where to continue; null when the range is exhausted. */
  nextKey: string | null;
  /** Rows read to build this page (for the benchmark and for tuning). */
  scanned: number;
};

const chunkSize = 200;
const defaultScanBudget = 2_000;

async function readChunk(
  db: MedinfoDatabase,
  plan: InquiryQueryPlan,
  bound: string | null,
  size: number,
): Promise<InquiryRow[]> {
  const index = db.inquiries.where('filterKeys');
  const range = plan.isDescending
    ? index.between(plan.lower, bound ?? plan.upper, true, false).reverse()
    : index.between(bound ?? plan.lower, plan.upper, bound === null, false);
  return range.limit(size).toArray();
}

/**
 * One page of the inquiry list: filtered, sorted, optionally searched, continued by key. Reads
 * the filter-key index in chunks of 200 rows and checks the remaining filters (and the search)
 * on each, so the cost follows the rows read, not the size of the store. Throws a RangeError
 * when `limit` is outside 1–500.
 */
export async function queryInquiries(
  db: MedinfoDatabase,
  query: InquiryQuery,
): Promise<InquiryQueryPage> {
  const { limit } = query;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    throw new RangeError(`A page holds 1 to 500 inquiries, not ${limit}`);
  }
  const plan = planInquiryQuery(query.filter, query.sort, query.today);
  const budget = Math.max(1, query.scanBudget ?? defaultScanBudget);
  const size = Math.min(chunkSize, budget);
  const search = query.search?.trim() ?? '';
  const found: Inquiry[] = [];
  let bound = query.afterKey ?? null;
  let scanned = 0;
  for (;;) {
    const rows = await readChunk(db, plan, bound, size);
    // Personal parts are decrypted after the read, outside any transaction (decision 0011).
    const matching = rows.filter((row) => plan.matches(row));
    const records = await recordsFromRows(db, 'inquiries', matching);
    const decoded = new Map(matching.map((row, index) => [row, records[index]]));
    for (const [position, row] of rows.entries()) {
      const inquiry = decoded.get(row);
      if (inquiry === undefined) continue;
      if (search !== '' && !matchesPersonalText(inquiry, search)) continue;
      found.push(inquiry);
      if (found.length === limit) {
        return { inquiries: found, nextKey: plan.keyOf(row), scanned: scanned + position + 1 };
      }
    }
    scanned += rows.length;
    const last = rows.at(-1);
    if (rows.length < size || last === undefined) {
      return { inquiries: found, nextKey: null, scanned };
    }
    bound = plan.keyOf(last);
    if (scanned >= budget) return { inquiries: found, nextKey: bound, scanned };
  }
}
