import { localDateOf } from '../domain/time';
import type { BusinessDayCounter } from './calendar';
import type { InquiryView } from './inquiry-view';
import { Histogram } from './percentiles';

/** Statuses in which an inquiry still waits for work. */
const openStatuses: ReadonlySet<string> = new Set(['open', 'in-progress', 'awaiting-information']);

export type ServiceLevel = {
  /** Inquiries of the period that have been answered. */
  answered: number;
  /** Turnaround in business days from the receipt date to the first answer's date. */
  medianBusinessDays: number | null;
  percentile90BusinessDays: number | null;
  /** Answered on or before their due date (the SLA of their urgency). */
  withinSla: number;
  /** withinSla ÷ answered; null when nothing was answered. */
  withinSlaShare: number | null;
  /** Answered after their due date. */
  late: number;
  lateIds: string[];
  /** Still waiting for work (open, in progress or awaiting information). */
  open: number;
  openIds: string[];
  /** Open and past their due date on `today`. */
  overdue: number;
  overdueIds: string[];
};

/**
 * Turnaround, SLA share and open/overdue counts. Turnaround counts business days in the
 * affiliate's calendar: an inquiry received on Thursday before Good Friday and answered on the
 * Tuesday after Easter Monday took 1 business day, not 5 calendar days.
 */
export class ServiceLevelAccumulator {
  private readonly histogram = new Histogram();
  private withinSla = 0;
  private readonly lateIds: string[] = [];
  private readonly openIds: string[] = [];
  private readonly overdueIds: string[] = [];

  constructor(
    private readonly businessDays: BusinessDayCounter,
    private readonly today: string,
  ) {}

  add(view: InquiryView): void {
    const { inquiry } = view;
    if (inquiry.status === 'cancelled') return;
    if (openStatuses.has(inquiry.status)) {
      this.openIds.push(inquiry.id);
      if (inquiry.dueDate < this.today) this.overdueIds.push(inquiry.id);
      return;
    }
    if (inquiry.answeredAt === null) return;
    const answeredDate = localDateOf(inquiry.answeredAt);
    this.histogram.add(Math.max(0, this.businessDays.between(view.receivedDate, answeredDate)));
    if (answeredDate <= inquiry.dueDate) this.withinSla += 1;
    else this.lateIds.push(inquiry.id);
  }

  result(): ServiceLevel {
    const answered = this.histogram.size;
    return {
      answered,
      medianBusinessDays: this.histogram.percentile(0.5),
      percentile90BusinessDays: this.histogram.percentile(0.9),
      withinSla: this.withinSla,
      withinSlaShare: answered === 0 ? null : this.withinSla / answered,
      late: this.lateIds.length,
      lateIds: this.lateIds,
      open: this.openIds.length,
      openIds: this.openIds,
      overdue: this.overdueIds.length,
      overdueIds: this.overdueIds,
    };
  }
}

/** The service level of views already filtered to the period. */
export function computeServiceLevel(
  views: Iterable<InquiryView>,
  businessDays: BusinessDayCounter,
  today: string,
): ServiceLevel {
  const accumulator = new ServiceLevelAccumulator(businessDays, today);
  for (const view of views) accumulator.add(view);
  return accumulator.result();
}
