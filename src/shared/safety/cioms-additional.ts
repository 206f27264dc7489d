import type { Content } from 'pdfmake/interfaces';
import type { AdverseEventReport } from '../schemas/safety-report';
import { ciomsMoment } from './cioms-layout';
import { checkMinimumCriteria } from './minimum-criteria';
import type { ExchangeGap, MinimumCriterion } from './minimum-criteria';

/** What follows the CIOMS boxes: the primary source, Day 0, forwarding, and what is missing. */

const missingText: Record<MinimumCriterion | ExchangeGap, string> = {
  'identifiable-reporter': 'An identifiable reporter (qualification, name, initials or address)',
  'identifiable-patient':
    'An identifiable patient (initials, id, date of birth, age or age group, or sex)',
  'suspect-product': 'A suspect product',
  'suspected-reaction': 'A suspected reaction',
  'reporter-qualification': "The reporter's qualification (E2B C.2.r.4)",
  'reporter-country': "The reporter's country (E2B C.2.r.3)",
  'reaction-coding': 'MedDRA codes for every reaction (E2B E.i.2.1)',
};

function reporterText(report: AdverseEventReport, includeContact: boolean): string {
  const identity = report.personal.reporter;
  const contact = report.personal.reporterContact;
  const name =
    [identity.title, identity.givenName, identity.familyName].filter(Boolean).join(' ') ||
    identity.initials ||
    'name not given';
  const lines = [
    `${name}${identity.organisation === null ? '' : `, ${identity.organisation}`}`,
    `Qualification: ${report.reporter.qualification?.replaceAll('-', ' ') ?? 'not given'}; country: ${report.reporter.country ?? 'not given'}`,
  ];
  if (includeContact) {
    const address = [
      contact.street,
      [contact.postcode, contact.city].filter(Boolean).join(' '),
      contact.state,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(
      [address, contact.phone, contact.email].filter(Boolean).join(' · ') || 'No contact details',
    );
  } else {
    lines.push('Contact details withheld (not needed by PV unless permitted).');
  }
  return lines.join('\n');
}

function lifeCycleText(report: AdverseEventReport): string {
  const lines = [`Day 0 (first awareness): ${ciomsMoment(report.awarenessAt)}`];
  for (const change of report.awarenessChanges) {
    lines.push(
      `Day 0 moved from ${ciomsMoment(change.from)} to ${ciomsMoment(change.to)}: ${change.reason}`,
    );
  }
  if (report.forwarding !== null) {
    const reference =
      report.forwarding.reference === null ? '' : `, reference ${report.forwarding.reference}`;
    lines.push(
      `Forwarded by ${report.forwarding.channel} at ${ciomsMoment(report.forwarding.at)}${reference}`,
    );
  }
  if (report.followUpNumber > 0) lines.push(`Follow-up #${report.followUpNumber}`);
  return lines.join('\n');
}

/** The blocks after the form; for an incomplete case, the list of what is missing comes first. */
export function additionalInformation(
  report: AdverseEventReport,
  includeContact: boolean,
): Content[] {
  const completeness = checkMinimumCriteria(report);
  const missing = [...completeness.missing, ...completeness.exchangeGaps];
  const heading = (text: string): Content => ({ text, style: 'section', margin: [0, 8, 0, 2] });
  const incomplete: Content[] =
    missing.length === 0
      ? []
      : [
          heading(
            completeness.isValid
              ? 'NEEDED FOR ELECTRONIC EXCHANGE (E2B)'
              : 'INCOMPLETE REPORT — MINIMUM CRITERIA MISSING (GVP VI.B.2)',
          ),
          { ul: missing.map((item) => ({ text: missingText[item], style: 'missing' })) },
        ];
  return [
    ...incomplete,
    heading('PRIMARY SOURCE (REPORTER)'),
    { text: reporterText(report, includeContact) },
    heading('CASE HANDLING'),
    { text: lifeCycleText(report) },
  ];
}
