import type {
  DocumentUse,
  InquiryFacts,
  InsightsInquiry,
  InsightsQuestion,
  ResponseRecord,
  SafetyReportFacts,
} from './input';

/** Statuses that mean the requester has had an answer. */
const answeredStatuses: ReadonlySet<string> = new Set(['answered', 'closed']);

/** Specialties as typed vary in case and spacing; recurring-question grouping compares them. */
export function normaliseSpecialty(specialty: string | null | undefined): string | null {
  const trimmed = specialty?.trim().replace(/\s+/g, ' ') ?? '';
  if (trimmed === '') return null;
  return trimmed.charAt(0).toLocaleUpperCase('en') + trimmed.slice(1).toLocaleLowerCase('en');
}

/** The earliest response time per inquiry: when its first answer went out. */
export function firstResponseTimes(responses: readonly ResponseRecord[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const response of responses) {
    const known = first.get(response.inquiryId);
    if (known === undefined || Date.parse(response.at) < Date.parse(known)) {
      first.set(response.inquiryId, response.at);
    }
  }
  return first;
}

/**
 * An inquiry as insights read it. `answeredAt` is the first response record's time. An inquiry
 * marked answered or closed without any response record (made before responses were tracked)
 * falls back to its last change, the closest time the record itself holds — but only when it
 * changed after it was created: one created already answered (an import, the demo data) has no
 * known answer time and stays out of the turnaround rather than skewing it.
 */
export function toInsightsInquiry(
  inquiry: InquiryFacts,
  firstResponses: ReadonlyMap<string, string>,
  specialty: string | null = null,
): InsightsInquiry {
  const responded = firstResponses.get(inquiry.id);
  const hasChangedSince = inquiry.updatedAt !== inquiry.createdAt;
  const answeredAt =
    responded ??
    (answeredStatuses.has(inquiry.status) && hasChangedSince ? inquiry.updatedAt : null);
  return {
    id: inquiry.id,
    status: inquiry.status,
    channel: inquiry.channel,
    receivedAt: inquiry.receivedAt,
    dueDate: inquiry.dueDate,
    productIds: inquiry.productIds,
    eventId: inquiry.eventId,
    isOffLabel: inquiry.isOffLabel,
    requester: { type: inquiry.requester.type, country: inquiry.requester.country },
    questions: inquiry.questions,
    createdAt: inquiry.createdAt,
    updatedAt: inquiry.updatedAt,
    deleted: inquiry.deleted,
    answeredAt,
    specialty: normaliseSpecialty(specialty),
  };
}

/**
 * Uses implied by the documents linked to questions, for stores without a `documentUses` table
 * yet: a linked document of an answered inquiry was used to answer it, sent unless the answer
 * was to be given verbally, at the answer time (the receipt time when that is unknown).
 * Once the library records uses, pass those instead.
 */
export function documentUsesFromLinks(
  inquiries: readonly (InsightsInquiry & { preferredResponseMethod?: string })[],
): DocumentUse[] {
  return inquiries.flatMap((inquiry) =>
    inquiry.deleted || (inquiry.answeredAt === null && !answeredStatuses.has(inquiry.status))
      ? []
      : inquiry.questions.flatMap((question) =>
          question.linkedDocumentIds.map((documentId) => ({
            documentId,
            inquiryId: inquiry.id,
            questionId: question.id,
            kind:
              inquiry.preferredResponseMethod === 'verbal'
                ? ('verbal' as const)
                : ('sent' as const),
            at: inquiry.answeredAt ?? inquiry.receivedAt,
          })),
        ),
  );
}

/** What an inquiry's response records tell the insights: how each question was answered. */
export function responsesOfInquiry(inquiry: {
  id: string;
  questions: readonly InsightsQuestion[];
  responses: readonly { sentAt: string; documentIds: readonly string[] }[];
}): ResponseRecord[] {
  return inquiry.responses.flatMap((response) =>
    inquiry.questions.map((question) => {
      const linked = question.linkedDocumentIds.filter((id) => response.documentIds.includes(id));
      return {
        inquiryId: inquiry.id,
        questionId: question.id,
        answeredWith: linked.length > 0 ? ('srd' as const) : ('custom' as const),
        documentIds: linked,
        at: response.sentAt,
      };
    }),
  );
}

/**
 * A safety report's dates for reconciliation: Day 0, forwarding (server receipt or manual
 * channel) and PV's first acknowledgement among the report's actions.
 */
export function safetyReportFactsOf(
  report: {
    id: string;
    inquiryId: string | null;
    awarenessAt: string;
    status: string;
    forwarding: { at: string } | null;
    deleted: boolean;
  },
  actions: readonly { reportId: string; kind: string; occurredAt: string; deleted: boolean }[],
): SafetyReportFacts {
  const acknowledged = actions
    .filter((action) => action.reportId === report.id && action.kind === 'acknowledged')
    .filter((action) => !action.deleted)
    .map((action) => action.occurredAt)
    .sort((left, right) => Date.parse(left) - Date.parse(right));
  const reconciled = actions.some(
    (action) => action.reportId === report.id && action.kind === 'reconciled' && !action.deleted,
  );
  return {
    id: report.id,
    inquiryId: report.inquiryId,
    awarenessAt: report.awarenessAt,
    forwardedAt: report.forwarding?.at ?? null,
    acknowledgedAt: acknowledged[0] ?? null,
    status: reconciled ? 'reconciled' : acknowledged.length > 0 ? 'acknowledged' : report.status,
    deleted: report.deleted,
  };
}
