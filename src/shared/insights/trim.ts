/**
 * Caps every id list of a result at `limit` entries, keeping the counts beside them exact. Id
 * lists are what "show the inquiries behind this figure" opens; at 100,000 inquiries the full
 * lists would be several times the data itself, to ship to the UI for links that carry at most
 * a few hundred ids anyway. Document ids (`neverUsedIds`) are the figure itself and stay whole.
 */
export function trimInquiryIds<T>(value: T, limit: number): T {
  return trim(value, limit) as T; // trim() rebuilds the same shape; only arrays get shorter.
}

function trim(value: unknown, limit: number): unknown {
  if (Array.isArray(value)) return value.map((item) => trim(item, limit));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      Array.isArray(item) && key.endsWith('Ids') && key !== 'neverUsedIds'
        ? item.slice(0, limit)
        : trim(item, limit),
    ]),
  );
}
