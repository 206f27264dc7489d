import type { Id, InquiryStatus, NewInquiry } from '../../src/shared/schemas';
import { computeDueDate, createId, toTimestamp } from '../../src/shared/domain';
import { defaultSettings, inquiryStatusSchema } from '../../src/shared/schemas';

const statuses: readonly InquiryStatus[] = inquiryStatusSchema.options.filter(
  (status) => status !== 'draft',
);
const products: readonly Id[] = [createId(), createId(), createId()];
const questionText =
  'Patient on the 40 mg dose needs a seven-day course of clarithromycin for a chest infection. ' +
  'Should the statin be paused or the dose reduced, and when can it be restarted afterwards? ';

/**
 * `count` realistic inquiries (about 1.5 kB each as stored, with a personal part), received one
 * minute apart in Berlin winter time. Deterministic apart from the ids.
 */
export function makeInquiries(count: number): NewInquiry[] {
  const start = Date.parse('2026-01-05T08:00:00.000Z');
  return Array.from({ length: count }, (_, index) => {
    const receivedAt = toTimestamp(new Date(start + index * 60_000), 60);
    const questionId = createId();
    const urgency = index % 10 === 0 ? 'urgent' : 'normal';
    return {
      status: statuses[index % statuses.length] ?? 'open',
      channel: index % 4 === 0 ? 'booth' : 'phone',
      urgency,
      receivedAt,
      dueDate: computeDueDate({
        receivedAt,
        urgency,
        businessDays: defaultSettings.dueDateBusinessDays,
      }),
      productIds: [products[index % products.length] ?? createId()],
      eventId: null,
      assignedTo: null,
      preferredResponseMethod: 'email',
      consentToContact: true,
      isOffLabel: false,
      unsolicitedConfirmation: null,
      safetyScreen: {
        answeredAt: receivedAt,
        hasAdverseEvent: index % 50 === 0,
        hasQualityComplaint: false,
        hasSpecialSituation: false,
      },
      requester: { type: 'physician', country: 'DE', preferredLanguage: 'de' },
      questions: [{ id: questionId, category: 'interactions', linkedDocumentIds: [] }],
      personal: {
        requester: {
          name: `Dr. Requester ${index}`,
          specialty: 'Cardiology',
          institution: 'Klinikum Beispielstadt',
          email: `requester${index}@example.org`,
          phone: '+49 89 0000 0000',
          address: null,
        },
        questions: [{ questionId, text: `${questionText}(#${index})` }],
        notes: 'Call back in the afternoon.',
      },
    };
  });
}
