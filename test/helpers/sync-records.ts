import { inquirySchema } from '../../src/shared/schemas';
import type { Inquiry, Product, ResponseDocument, SafetyReport } from '../../src/shared/schemas';
import type { Mutation } from '../../src/shared/sync';
import { createId } from '../../src/shared/domain';
import { sampleInquiry, sampleProduct } from '../unit/shared/fixtures';
import { seriousAdverseEvent } from '../unit/shared/safety/report-fixtures';

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
  return inquirySchema.parse({
    ...base(),
    ...sampleInquiry(),
    reference: `MI-2026-XYZ-${String(counter).padStart(6, '0')}`,
    ...overrides,
  });
}

export function productRecord(): Product {
  return sampleProduct({ id: createId() });
}

/** An approved library document of the product. */
export function documentRecord(productId: string, title: string): ResponseDocument {
  const fields = base();
  return {
    ...fields,
    kind: 'srd',
    title,
    productIds: [productId],
    topics: ['dosing'],
    audience: 'hcp',
    language: 'en',
    summary: `${title}: what the labelling says.`,
    body: `# ${title}\n\nApproved answer.`,
    references: [],
    attachments: [],
    version: '1.0',
    status: 'approved',
    effectiveDate: '2026-01-01',
    reviewDate: '2027-12-31',
    variantGroupId: createId(),
    lineageId: fields.id,
    supersedesId: null,
    approval: null,
    origin: null,
  };
}

/** A flagged adverse event report (main's safety model), as a device stores it. */
export function safetyReportRecord(counter = 1): SafetyReport {
  return {
    ...base(),
    ...seriousAdverseEvent(),
    reference: `SR-2026-XYZ-${String(counter).padStart(6, '0')}`,
    firstSavedAt: '2026-03-03T10:00:00.000+01:00',
    status: 'flagged',
    forwarding: null,
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

/** A record as the server stores it: without the fields it owns, which travel beside the data. */
export function asServerData<T extends { serverRevision: unknown; deleted: unknown }>(
  record: T,
): Omit<T, 'serverRevision' | 'deleted'> {
  const { serverRevision: _revision, deleted: _deleted, ...data } = record;
  return data;
}
