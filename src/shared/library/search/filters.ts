import type { Id, IsoDate, Language } from '../../schemas/common';
import type {
  Audience,
  DocumentKind,
  DocumentStatus,
  ResponseDocument,
} from '../../schemas/response-document';
import { foldTerm } from './text';

/**
 * What a search is narrowed to. Every given criterion must hold; within a list, any value
 * does. By default only approved documents inside their review period are found (PRODUCT.md:
 * only approved, unexpired documents may be sent).
 */
export type LibrarySearchFilters = {
  /** Documents about any of these products. */
  productIds?: readonly Id[];
  /** Documents with any of these topics (case and accents ignored). */
  topics?: readonly string[];
  audience?: Audience;
  /** `fr` also finds `fr-CA`. */
  language?: Language;
  kinds?: readonly DocumentKind[];
  /** Default `['approved']`. */
  statuses?: readonly DocumentStatus[];
  /**
   * Only documents effective and not yet past their review date on this day; default: today.
   * `null` finds documents whatever their dates (expired ones too, to show them flagged).
   */
  validOn?: IsoDate | null;
  /** At most this many hits (default 20). */
  limit?: number;
};

export type DocumentFilter = (document: ResponseDocument) => boolean;

function anyOf<T>(values: readonly T[] | undefined): ReadonlySet<T> | null {
  return values === undefined || values.length === 0 ? null : new Set(values);
}

/** The filters as one predicate, with the defaults applied. */
export function compileFilters(filters: LibrarySearchFilters, today: IsoDate): DocumentFilter {
  const statuses = new Set(filters.statuses ?? ['approved']);
  const validOn = filters.validOn === undefined ? today : filters.validOn;
  const products = anyOf(filters.productIds);
  const topics = anyOf(filters.topics?.map(foldTerm));
  const kinds = anyOf(filters.kinds);
  const { audience, language } = filters;
  return (document) =>
    !document.deleted &&
    statuses.has(document.status) &&
    // The same dates as documentAvailability: effective from, and valid through, the review date.
    (validOn === null || (document.effectiveDate <= validOn && validOn <= document.reviewDate)) &&
    (products === null || document.productIds.some((id) => products.has(id))) &&
    (topics === null || document.topics.some((topic) => topics.has(foldTerm(topic)))) &&
    (kinds === null || kinds.has(document.kind)) &&
    (audience === undefined || document.audience === audience) &&
    (language === undefined ||
      document.language === language ||
      document.language.startsWith(`${language}-`));
}
