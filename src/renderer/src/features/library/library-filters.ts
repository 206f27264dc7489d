import type { Audience, DocumentStatus, Id } from '../../../../shared/schemas';
import type { LibrarySearchFilters } from '../../../../shared/library/search';

/** The status menu: approved-and-current is the default and the only sendable choice. */
export const statusChoices = [
  'current',
  'approved',
  'in-review',
  'draft',
  'retired',
  'all',
] as const;
export type StatusChoice = (typeof statusChoices)[number];

/** Officers read the approved library only (PRODUCT.md roles); approvers see the workflow too. */
export const readerStatusChoices: readonly StatusChoice[] = ['current', 'approved'];

/** What the filter row holds; empty strings mean "any". */
export type LibraryFilterState = {
  /** A product id, or '' for any. */
  productId: Id;
  topic: string;
  audience: Audience | '';
  language: string;
  status: StatusChoice;
};

export const defaultFilterState: LibraryFilterState = {
  productId: '',
  topic: '',
  audience: '',
  language: '',
  status: 'current',
};

const allStatuses: readonly DocumentStatus[] = ['draft', 'in-review', 'approved', 'retired'];

function statusFilters(choice: StatusChoice): Pick<LibrarySearchFilters, 'statuses' | 'validOn'> {
  switch (choice) {
    case 'current':
      return { statuses: ['approved'] };
    case 'approved':
      return { statuses: ['approved'], validOn: null };
    case 'all':
      return { statuses: allStatuses, validOn: null };
    default:
      return { statuses: [choice], validOn: null };
  }
}

/** The search core's filters for a filter row. */
export function toSearchFilters(state: LibraryFilterState, limit: number): LibrarySearchFilters {
  return {
    ...statusFilters(state.status),
    ...(state.productId === '' ? {} : { productIds: [state.productId] }),
    ...(state.topic === '' ? {} : { topics: [state.topic] }),
    ...(state.audience === '' ? {} : { audience: state.audience }),
    ...(state.language === '' ? {} : { language: state.language }),
    limit,
  };
}
