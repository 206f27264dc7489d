import type { Inquiry } from '../../../shared/schemas';
import { findDuplicates, timestampToUtc } from '../../../shared/domain';
import type { DuplicateMatch, DuplicateSubject } from '../../../shared/domain';
import type { MedinfoDatabase } from './db';
import { recordsFromRows } from './read-records';

const millisecondsPerDay = 86_400_000;

/** What the duplicate matcher compares, taken from a stored inquiry (decrypted in memory). */
export function duplicateSubjectOf(inquiry: Inquiry): DuplicateSubject {
  return {
    id: inquiry.id,
    receivedAt: inquiry.receivedAt,
    productIds: inquiry.productIds,
    email: inquiry.personal.requester.email,
    name: inquiry.personal.requester.name,
    questionTexts: inquiry.personal.questions.map((question) => question.text),
  };
}

export type DuplicateInquiry = { inquiry: Inquiry; match: DuplicateMatch };

/**
 * Stored inquiries that `subject` looks like (src/shared/domain/duplicates.ts), most similar
 * first. Reads only the inquiries received within `windowDays` either side, by the receipt-time
 * index, and compares the requester in memory: personal data is never indexed.
 */
export async function findDuplicateInquiries(
  db: MedinfoDatabase,
  subject: DuplicateSubject,
  windowDays: number,
): Promise<DuplicateInquiry[]> {
  const received = Date.parse(subject.receivedAt);
  const window = windowDays * millisecondsPerDay;
  const from = timestampToUtc(new Date(received - window).toISOString());
  const to = timestampToUtc(new Date(received + window).toISOString());
  const rows = await db.inquiries
    .where('[receivedAtUtc+id]')
    .between([from], [to, []], true, true)
    .filter((row) => !row.deleted && row.productIds.some((id) => subject.productIds.includes(id)))
    .toArray();
  // Decrypted after the read, outside any transaction (decision 0011).
  const records = await recordsFromRows(db, 'inquiries', rows);
  const inquiries = new Map(records.map((inquiry) => [inquiry.id, inquiry]));
  const candidates = [...inquiries.values()].map(duplicateSubjectOf);
  return findDuplicates(subject, candidates, { windowDays }).flatMap((match) => {
    const inquiry = inquiries.get(match.id);
    return inquiry ? [{ inquiry, match }] : [];
  });
}
