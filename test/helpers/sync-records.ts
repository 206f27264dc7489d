import type { Inquiry, Product, ResponseDocument, SafetyReport } from '../../src/shared/schemas';
import type { Mutation } from '../../src/shared/sync';
import { createId } from '../../src/shared/domain';
import { sampleInquiry, sampleProduct } from '../unit/shared/fixtures';

/*
 * Records shaped as the app stores them, for tests that put data on the server through the API
 * (another laptop, the content approver's desk) and then look at it in the app.
 */

const at = '2026-03-02T10:00:00.000+01:00';
const author = '01930000-0000-7000-8000-0000000000aa';

function base(): {
  id: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  serverRevision: null;
  deleted: false;
} {
  return {
    id: createId(),
    createdAt: at,
    updatedAt: at,
    createdBy: author,
    updatedBy: author,
    serverRevision: null,
    deleted: false,
  };
}

/** An inquiry with a reference from a device code of its own. */
export function inquiryRecord(counter: number, overrides: Partial<Inquiry> = {}): Inquiry {
  return {
    ...base(),
    ...sampleInquiry(),
    reference: `MI-2026-XYZ-${String(counter).padStart(6, '0')}`,
    ...overrides,
  };
}

export function productRecord(): Product {
  return sampleProduct({ id: createId() });
}

/** An approved library document of the product. */
export function documentRecord(productId: string, title: string): ResponseDocument {
  return {
    ...base(),
    kind: 'srd',
    title,
    productIds: [productId],
    topics: ['dosing'],
    audience: 'hcp',
    language: 'en',
    summary: `${title}: what the labelling says.`,
    body: `# ${title}\n\nApproved answer.`,
    references: [],
    version: 1,
    status: 'approved',
    effectiveDate: '2026-01-01',
    reviewDate: '2027-12-31',
    variantGroupId: createId(),
  };
}

export function safetyReportRecord(): SafetyReport {
  return {
    ...base(),
    kind: 'adverse-event',
    status: 'flagged',
    sourceInquiryId: null,
    awarenessAt: at,
    productIds: [],
    attachments: [],
    forwardedAt: null,
    personal: { narrative: 'Rash after the first dose', reporterContact: 'phone' },
  };
}

/** A put of a record created here (no base revision). */
export function putMutation(
  mutationId: number,
  table: string,
  record: { id: string },
  extra: Partial<Mutation> = {},
): Mutation {
  return {
    mutationId,
    table,
    recordId: record.id,
    operation: 'put',
    baseRevision: null,
    payload: record,
    priority: 5,
    ...extra,
  };
}
