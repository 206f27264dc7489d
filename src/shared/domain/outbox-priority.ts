import type { Inquiry } from '../schemas/inquiry';
import { outboxPriorities } from '../schemas/outbox';
import type { OutboxPriority } from '../schemas/outbox';

/**
 * Safety information is pushed before anything else: it must reach PV within one business day
 * of Day 0 (PRODUCT.md), so an inquiry whose screening found an AE, a product complaint or a
 * special situation travels at safety priority.
 */
export function inquiryOutboxPriority(inquiry: Pick<Inquiry, 'safetyScreen'>): OutboxPriority {
  const screen = inquiry.safetyScreen;
  const hasSafetyInformation =
    screen !== null &&
    (screen.hasAdverseEvent || screen.hasQualityComplaint || screen.hasSpecialSituation);
  return hasSafetyInformation ? outboxPriorities.safety : outboxPriorities.standard;
}
