import type { TFunction } from 'i18next';
import type { InsightsFilters } from '../../../../shared/insights';
import type { InsightsSource } from '../../data';
import type { FilterOptions } from './FilterBar';

/** The choices of the filter bar: products, countries and events that occur in the data. */
export function filterOptionsOf(source: InsightsSource | undefined): FilterOptions {
  if (source === undefined) return { products: [], countries: [], events: [] };
  return {
    products: source.products
      .filter((product) => !product.deleted)
      .map((product) => ({ id: product.id, name: product.brandName }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    countries: [...new Set(source.inquiries.map((inquiry) => inquiry.requester.country))].sort(),
    events: source.events
      .filter((event) => !event.deleted)
      .sort((a, b) => b.startDate.localeCompare(a.startDate))
      .map((event) => ({ id: event.id, name: event.name })),
  };
}

/** The active filters in words, for the PDF's header ("Product: Cardivex; Country: DE"). */
export function filterSummaryOf(
  filters: InsightsFilters,
  options: FilterOptions,
  t: TFunction,
): string {
  const parts: [string, string | null][] = [
    [
      'product',
      options.products.find((product) => product.id === filters.productId)?.name ??
        filters.productId,
    ],
    ['country', filters.country],
    [
      'event',
      options.events.find((event) => event.id === filters.eventId)?.name ?? filters.eventId,
    ],
    ['requesterType', filters.requesterType && t(`requesterType.${filters.requesterType}`)],
    ['channel', filters.channel && t(`insights.channel.${filters.channel}`)],
  ];
  return parts
    .flatMap(([name, value]) =>
      value === null ? [] : [`${t(`insights.filters.${name}`)}: ${value}`],
    )
    .join('; ');
}
