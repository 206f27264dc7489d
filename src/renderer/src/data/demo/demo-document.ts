import type { LiteratureReference, ResponseDocument } from '../../../../shared/schemas';
import type { DemoProductKey } from './products';

/**
 * A library document of the demo, with dates relative to the seeding day so the demo shows
 * current, expired and upcoming reviews whenever it is installed.
 */
export type DemoDocument = Pick<
  ResponseDocument,
  | 'reference'
  | 'kind'
  | 'title'
  | 'topics'
  | 'audience'
  | 'language'
  | 'summary'
  | 'body'
  | 'references'
  | 'version'
  | 'status'
> & {
  product: DemoProductKey;
  /** Translations share a group name; the seeder turns each into one variantGroupId. */
  variantGroup: string;
  /** The effective date is this many days before the seeding day. */
  ageDays: number;
  /** The review date is this many days after the effective date (expired when < ageDays). */
  validDays: number;
};

/** Two years: the usual review cycle of an SRD. */
export const standardReviewDays = 730;

/** A reference to the company's own labelling (SmPC, package leaflet, prescribing information). */
export function labelling(brandName: string, part: string): LiteratureReference {
  return {
    authors: ['Halvorsen Pharma'],
    title: `${brandName} ${part}`,
    journal: 'Halvorsen Pharma GmbH',
    year: 2025,
  };
}
