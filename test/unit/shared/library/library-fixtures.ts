import type { Product, ResponseDocument } from '../../../../src/shared/schemas';

/** Fixed ids, so failures name the same documents every run. */
export const libraryIds = {
  cardivex: '01930000-0000-7000-8000-00000000c001',
  trombexa: '01930000-0000-7000-8000-00000000c002',
  user: '01930000-0000-7000-8000-0000000000aa',
} as const;

const at = '2026-01-05T09:00:00.000+01:00';

/** The synced-record fields of a fixture record. */
export function recordFields(
  id: string,
): Pick<
  ResponseDocument,
  'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'serverRevision' | 'deleted'
> {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    createdBy: libraryIds.user,
    updatedBy: libraryIds.user,
    serverRevision: null,
    deleted: false,
  };
}

export const libraryProducts: Product[] = [
  {
    ...recordFields(libraryIds.cardivex),
    brandName: 'Cardivex',
    genericName: 'halvastatin',
    synonyms: ['HLV-204', 'halvastatine'],
    strengths: ['20 mg tablet'],
    therapeuticArea: 'Lipids',
    approvedIndications: [],
  },
  {
    ...recordFields(libraryIds.trombexa),
    brandName: 'Trombexa',
    genericName: 'skarixaban',
    synonyms: ['SKX-310'],
    strengths: ['20 mg tablet'],
    therapeuticArea: 'Anticoagulation',
    approvedIndications: [],
  },
];

let counter = 0;

/** A valid, approved, current English SRD about Cardivex; override what a test is about. */
export function libraryDocument(overrides: Partial<ResponseDocument> = {}): ResponseDocument {
  counter += 1;
  const id = `01930000-0000-7000-8000-${String(counter).padStart(12, '0')}`;
  return {
    ...recordFields(id),
    kind: 'srd',
    title: 'Cardivex: general information',
    productIds: [libraryIds.cardivex],
    topics: ['general'],
    audience: 'hcp',
    language: 'en',
    summary: 'General information about the product.',
    body: 'This document answers general questions.',
    references: [],
    attachments: [],
    version: '1.0',
    status: 'approved',
    effectiveDate: '2025-01-01',
    reviewDate: '2027-01-01',
    variantGroupId: id,
    lineageId: id,
    supersedesId: null,
    approval: null,
    origin: null,
    ...overrides,
  };
}
