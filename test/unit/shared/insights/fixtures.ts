import type {
  DocumentFacts,
  InsightsInput,
  InsightsInquiry,
  InsightsQuestion,
  SafetyReportFacts,
} from '../../../../src/shared/insights';

/** Fixed ids so expectations read as words. */
export const products = { cardivex: 'product-cardivex', glyconor: 'product-glyconor' } as const;

let counter = 0;

/** A counted, answered-nowhere inquiry received at noon Berlin summer time on `date`. */
export function inquiry(
  date: string,
  overrides: Partial<InsightsInquiry> & { categories?: InsightsQuestion['category'][] } = {},
): InsightsInquiry {
  counter += 1;
  const { categories = ['interactions'], ...rest } = overrides;
  const id = rest.id ?? `inquiry-${counter}`;
  return {
    id,
    status: 'open',
    channel: 'phone',
    receivedAt: `${date}T12:00:00.000+02:00`,
    dueDate: date,
    productIds: [products.cardivex],
    eventId: null,
    isOffLabel: false,
    requester: { type: 'physician', country: 'DE' },
    questions: categories.map((category, index) => ({
      id: `${id}-q${index + 1}`,
      category,
      linkedDocumentIds: [],
    })),
    createdAt: `${date}T12:00:00.000+02:00`,
    updatedAt: `${date}T12:00:00.000+02:00`,
    deleted: false,
    answeredAt: null,
    specialty: null,
    ...rest,
  };
}

/** An answered inquiry: received on `received`, answered on `answered`, due on `due`. */
export function answered(
  received: string,
  answeredOn: string,
  due: string,
  id?: string,
): InsightsInquiry {
  return inquiry(received, {
    ...(id ? { id } : {}),
    status: 'answered',
    dueDate: due,
    answeredAt: `${answeredOn}T15:00:00.000+02:00`,
  });
}

export function document(id: string, overrides: Partial<DocumentFacts> = {}): DocumentFacts {
  return {
    id,
    reference: id.toUpperCase(),
    kind: 'srd',
    title: `Document ${id}`,
    productIds: [products.cardivex],
    status: 'approved',
    effectiveDate: '2025-01-01',
    reviewDate: '2027-12-31',
    language: 'en',
    deleted: false,
    ...overrides,
  };
}

export function safetyReport(id: string, overrides: Partial<SafetyReportFacts>): SafetyReportFacts {
  return {
    id,
    inquiryId: null,
    awarenessAt: '2026-04-01T10:00:00.000+02:00',
    forwardedAt: null,
    acknowledgedAt: null,
    status: 'flagged',
    deleted: false,
    ...overrides,
  };
}

export function input(overrides: Partial<InsightsInput>): InsightsInput {
  return {
    inquiries: [],
    responses: [],
    documentUses: [],
    safetyReports: [],
    documents: [],
    products: [
      { id: products.cardivex, brandName: 'Cardivex', deleted: false },
      { id: products.glyconor, brandName: 'Glyconor', deleted: false },
    ],
    events: [],
    holidays: [],
    ...overrides,
  };
}

/** German public holidays around Easter 2026: Good Friday 3 April, Easter Monday 6 April. */
export const easter2026 = ['2026-04-03', '2026-04-06'];
