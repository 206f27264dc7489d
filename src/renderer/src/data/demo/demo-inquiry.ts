import type {
  NewInquiry,
  QuestionCategory,
  RequesterPersonal,
  SafetyScreen,
  Timestamp,
  UnsolicitedConfirmation,
} from '../../../../shared/schemas';
import type { DemoUserKey } from './company';
import type { DemoProductKey } from './products';

/**
 * An inquiry of the demo, written by hand with keys instead of ids; the seeder resolves them
 * and computes ids, due dates and timestamps. All persons and contact details are fictional.
 */
export type DemoInquiry = Pick<
  NewInquiry,
  'status' | 'channel' | 'urgency' | 'preferredResponseMethod' | 'consentToContact' | 'requester'
> & {
  products: DemoProductKey[];
  assignee: DemoUserKey | null;
  /** Captured at the demo congress booth. */
  isAtEvent: boolean;
  /** A fixed time, or hours before the seeding moment. */
  received: { at: Timestamp } | { hoursAgo: number };
  /** How the requester confirmed an off-label request was unsolicited; null when on-label. */
  unsolicited: UnsolicitedConfirmation['method'] | null;
  /** Screening answers; null while the capture is unfinished. */
  safety: Omit<SafetyScreen, 'answeredAt'> | null;
  questions: { category: QuestionCategory; text: string; documentReferences: string[] }[];
  requesterPersonal: RequesterPersonal;
  notes: string;
};

/** Screening done, nothing found. */
export const nothingToReport: Omit<SafetyScreen, 'answeredAt'> = {
  hasAdverseEvent: false,
  hasQualityComplaint: false,
  hasSpecialSituation: false,
};
