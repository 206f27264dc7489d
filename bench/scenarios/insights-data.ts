import { addCalendarDays, computeDueDate } from '../../src/shared/domain';
import { holidaysBetween } from '../../src/shared/domain/business-calendar';
import type {
  DocumentFacts,
  DocumentUse,
  InsightsInput,
  InsightsInquiry,
  ResponseRecord,
  SafetyReportFacts,
} from '../../src/shared/insights';
import {
  inquiryChannelSchema,
  inquiryStatusSchema,
  questionCategorySchema,
  requesterTypeSchema,
} from '../../src/shared/schemas';
import { defaultSettings } from '../../src/shared/schemas';

/** A small deterministic generator (mulberry32), so every run aggregates the same data. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const countries = ['DE', 'AT', 'CH', 'FR', 'ES', 'IT', 'NL', 'BE'];
const specialties = ['Cardiology', 'Nephrology', 'General practice', 'Endocrinology', null];
const statuses = inquiryStatusSchema.options.filter((status) => status !== 'draft');

/**
 * `count` inquiries received over the year before `today`, with questions, answers, safety
 * reports, document uses and response records in realistic proportions.
 */
export function makeInsightsInput(count: number, today: string): InsightsInput {
  const random = randomSource(42);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const products = Array.from({ length: 6 }, (_, index) => ({
    id: `product-${index}`,
    brandName: `Product ${index}`,
    deleted: false,
  }));
  const documents: DocumentFacts[] = Array.from({ length: 300 }, (_, index) => ({
    id: `document-${index}`,
    reference: `SRD-${index}`,
    kind: 'srd',
    title: `Standard response ${index}`,
    productIds: [products[index % products.length]?.id ?? 'product-0'],
    status: index % 10 === 0 ? 'retired' : 'approved',
    effectiveDate: '2025-01-01',
    reviewDate: addCalendarDays(today, (index % 200) - 20),
    language: 'en',
    deleted: false,
  }));
  const holidays = [
    ...holidaysBetween('DE', Number(today.slice(0, 4)) - 1, Number(today.slice(0, 4))),
  ];
  const inquiries: InsightsInquiry[] = [];
  const responses: ResponseRecord[] = [];
  const documentUses: DocumentUse[] = [];
  const safetyReports: SafetyReportFacts[] = [];
  for (let index = 0; index < count; index += 1) {
    const date = addCalendarDays(today, -Math.floor(random() * 365));
    const receivedAt = `${date}T${String(8 + (index % 9)).padStart(2, '0')}:15:00.000+01:00`;
    const urgency = pick(['urgent', 'high', 'normal', 'normal', 'low'] as const);
    const status = pick(statuses);
    const id = `inquiry-${index}`;
    const productIds =
      random() < 0.1 ? [pick(products).id, pick(products).id] : [pick(products).id];
    const questions = Array.from({ length: random() < 0.3 ? 2 : 1 }, (_, number) => ({
      id: `${id}-q${number}`,
      category: pick(questionCategorySchema.options),
      linkedDocumentIds: random() < 0.6 ? [pick(documents).id] : [],
    }));
    const isAnswered = status === 'answered' || status === 'closed';
    const answeredAt = isAnswered
      ? `${addCalendarDays(date, Math.floor(random() * 12))}T16:00:00.000+01:00`
      : null;
    inquiries.push({
      id,
      status,
      channel: pick(inquiryChannelSchema.options),
      receivedAt,
      dueDate: computeDueDate({
        receivedAt,
        urgency,
        businessDays: defaultSettings.dueDateBusinessDays,
      }),
      productIds,
      eventId: random() < 0.05 ? 'event-0' : null,
      isOffLabel: random() < 0.08,
      requester: { type: pick(requesterTypeSchema.options), country: pick(countries) },
      questions,
      createdAt: receivedAt,
      updatedAt: answeredAt ?? receivedAt,
      deleted: random() < 0.01,
      answeredAt,
      specialty: pick(specialties),
    });
    for (const question of questions) {
      if (answeredAt === null) continue;
      const isCustom = question.linkedDocumentIds.length === 0;
      responses.push({
        inquiryId: id,
        questionId: question.id,
        answeredWith: isCustom ? 'custom' : 'srd',
        documentIds: question.linkedDocumentIds,
        at: answeredAt,
      });
      for (const documentId of question.linkedDocumentIds) {
        documentUses.push({
          documentId,
          inquiryId: id,
          questionId: question.id,
          kind: random() < 0.2 ? 'verbal' : 'sent',
          at: answeredAt,
        });
      }
    }
    if (random() < 0.03) {
      const forwardedDay = Math.floor(random() * 4);
      safetyReports.push({
        id: `report-${index}`,
        inquiryId: id,
        awarenessAt: receivedAt,
        forwardedAt:
          random() < 0.9 ? `${addCalendarDays(date, forwardedDay)}T17:00:00.000+01:00` : null,
        acknowledgedAt:
          random() < 0.7 ? `${addCalendarDays(date, forwardedDay + 2)}T10:00:00.000+01:00` : null,
        status: 'forwarded',
        deleted: false,
      });
    }
  }
  const events = [
    {
      id: 'event-0',
      name: 'Congress',
      city: 'Berlin',
      country: 'DE',
      startDate: today,
      endDate: today,
      boothLabel: null,
      deleted: false,
    },
  ];
  return {
    inquiries,
    responses,
    documentUses,
    safetyReports,
    documents,
    products,
    events,
    holidays,
  };
}
