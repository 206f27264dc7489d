import type { TFunction } from 'i18next';
import type {
  CongressEvent,
  Inquiry,
  Product,
  ResponseDocument,
  User,
} from '../../../../../shared/schemas';
import { recordsToCsv } from '../../../../../shared/export/csv';
import type { CsvColumn } from '../../../../../shared/export/csv';
import { queryInquiries } from '../../../data';
import type { InquiryListQuery, MedinfoDatabase } from '../../../data';

/** One exported line: a question of an inquiry (one row per question). */
export type ExportRow = { inquiry: Inquiry; index: number };

export type ExportLookups = {
  products: readonly Product[];
  events: readonly CongressEvent[];
  users: readonly User[];
  documents: readonly ResponseDocument[];
  /** Whether the exporting role may see the requester's contact details. */
  includeContact: boolean;
};

/** Every inquiry the list's query matches, page after page, without a scan budget. */
export async function loadAllMatching(
  db: MedinfoDatabase,
  query: InquiryListQuery,
): Promise<Inquiry[]> {
  const all: Inquiry[] = [];
  let afterKey: string | null = null;
  do {
    const page = await queryInquiries(db, {
      ...query,
      afterKey,
      limit: 500,
      scanBudget: Number.MAX_SAFE_INTEGER,
    });
    all.push(...page.inquiries);
    afterKey = page.nextKey;
  } while (afterKey !== null);
  return all;
}

/** The columns of the export, headed and valued in the user's language. */
export function exportColumns(t: TFunction, lookups: ExportLookups): CsvColumn<ExportRow>[] {
  const name = <T extends { id: string }>(items: readonly T[], label: (item: T) => string) => {
    const names = new Map(items.map((item) => [item.id, label(item)]));
    return (id: string | null): string => (id === null ? '' : (names.get(id) ?? id));
  };
  const product = name(lookups.products, (item) => item.brandName);
  const event = name(lookups.events, (item) => item.name);
  const user = name(lookups.users, (item) => item.displayName);
  const document = name(lookups.documents, (item) => item.reference ?? item.title);
  const question = ({ inquiry, index }: ExportRow) => inquiry.questions[index];
  const text = ({ inquiry, index }: ExportRow): string => {
    const id = inquiry.questions[index]?.id;
    return inquiry.personal.questions.find((entry) => entry.questionId === id)?.text ?? '';
  };
  const lastResponse = ({ inquiry }: ExportRow) => inquiry.responses.at(-1);
  const contact: CsvColumn<ExportRow>[] = lookups.includeContact
    ? [
        {
          header: t('inquiryExport.requesterName'),
          value: ({ inquiry }) => inquiry.personal.requester.name,
        },
        {
          header: t('inquiryExport.institution'),
          value: ({ inquiry }) => inquiry.personal.requester.institution,
        },
        {
          header: t('inquiryExport.email'),
          value: ({ inquiry }) => inquiry.personal.requester.email,
        },
        {
          header: t('inquiryExport.phone'),
          value: ({ inquiry }) => inquiry.personal.requester.phone,
        },
      ]
    : [];
  return [
    { header: t('inquiries.reference'), value: ({ inquiry }) => inquiry.reference },
    { header: t('inquiries.received'), value: ({ inquiry }) => inquiry.receivedAt },
    { header: t('inquiries.status'), value: ({ inquiry }) => t(`inquiryStatus.${inquiry.status}`) },
    { header: t('inquiries.channel'), value: ({ inquiry }) => t(`channel.${inquiry.channel}`) },
    { header: t('inquiries.urgency'), value: ({ inquiry }) => t(`urgency.${inquiry.urgency}`) },
    { header: t('inquiries.due'), value: ({ inquiry }) => inquiry.dueDate },
    {
      header: t('inquiries.requester'),
      value: ({ inquiry }) => t(`requesterType.${inquiry.requester.type}`),
    },
    ...contact,
    { header: t('inquiries.country'), value: ({ inquiry }) => inquiry.requester.country },
    {
      header: t('inquiryExport.language'),
      value: ({ inquiry }) => inquiry.requester.preferredLanguage,
    },
    {
      header: t('inquiries.products'),
      value: ({ inquiry }) => inquiry.productIds.map(product).join('; '),
    },
    { header: t('inquiries.event'), value: ({ inquiry }) => event(inquiry.eventId) },
    {
      header: t('inquiryExport.offLabel'),
      value: ({ inquiry }) => (inquiry.isOffLabel ? t('inquiryExport.yes') : t('inquiryExport.no')),
    },
    { header: t('inquiryExport.questionNumber'), value: ({ index }) => index + 1 },
    {
      header: t('inquiries.category'),
      value: (row) => t(`questionCategory.${question(row)?.category ?? 'other'}`),
    },
    { header: t('inquiryExport.question'), value: text },
    {
      header: t('inquiryExport.linkedDocuments'),
      value: (row) => (question(row)?.linkedDocumentIds ?? []).map(document).join('; '),
    },
    { header: t('inquiryExport.assignedTo'), value: ({ inquiry }) => user(inquiry.assignedTo) },
    { header: t('inquiryExport.respondedAt'), value: (row) => lastResponse(row)?.sentAt ?? '' },
    {
      header: t('inquiryExport.respondedBy'),
      value: (row) => user(lastResponse(row)?.sentBy ?? null),
    },
    {
      header: t('inquiryExport.responseMethod'),
      value: (row) => {
        const sent = lastResponse(row);
        return sent ? t(`responseMethod.${sent.method}`) : '';
      },
    },
  ];
}

/**
 * The inquiries as CSV bytes for spreadsheets: UTF-8 with a byte-order mark (Excel reads the file
 * as UTF-8 only with it), RFC 4180, one row per question, formula-like cells neutralised.
 */
export function inquiriesCsvBytes(
  inquiries: readonly Inquiry[],
  t: TFunction,
  lookups: ExportLookups,
): Uint8Array<ArrayBuffer> {
  const rows = inquiries.flatMap((inquiry) =>
    inquiry.questions.map((_question, index): ExportRow => ({ inquiry, index })),
  );
  return new TextEncoder().encode(recordsToCsv(exportColumns(t, lookups), rows));
}
