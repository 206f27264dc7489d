import type { DemoInquiry } from './demo-inquiry';
import { nothingToReport } from './demo-inquiry';

const day = 24;

export const cardivexInquiries: readonly DemoInquiry[] = [
  {
    status: 'answered',
    channel: 'booth',
    urgency: 'normal',
    preferredResponseMethod: 'letter',
    consentToContact: true,
    requester: { type: 'physician', country: 'DE', preferredLanguage: 'de' },
    products: ['cardivex'],
    assignee: 'fieldOfficer',
    isAtEvent: true,
    received: { at: '2026-08-29T10:42:00.000+02:00' },
    unsolicited: 'signature',
    safety: nothingToReport,
    questions: [
      {
        category: 'interactions',
        text: 'Patient on Cardivex 40 mg needs a 7-day course of clarithromycin for pneumonia. Pause the statin or reduce the dose?',
        documentReferences: ['SRD-CDX-003'],
      },
      {
        category: 'off-label',
        text: 'Is there any experience with Cardivex in an 11-year-old boy with heterozygous FH (LDL-C 6.1 mmol/L despite diet)?',
        documentReferences: ['SRD-CDX-005'],
      },
    ],
    requesterPersonal: {
      name: 'Dr. med. Katrin Vogelsang',
      specialty: 'Cardiology',
      institution: 'Klinikum Isarblick, München',
      email: 'k.vogelsang@example.org',
      phone: '+49 89 0000 7781',
      address: 'Isarblickstraße 4, 81543 München',
    },
    notes:
      'Asked at the booth; signed the unsolicited-request confirmation on screen. Prefers the letter in German.',
  },
  {
    status: 'in-progress',
    channel: 'phone',
    urgency: 'high',
    preferredResponseMethod: 'verbal',
    consentToContact: true,
    requester: { type: 'patient', country: 'DE', preferredLanguage: 'de' },
    products: ['cardivex'],
    assignee: 'fieldOfficer',
    isAtEvent: false,
    received: { hoursAgo: 20 },
    unsolicited: null,
    safety: { hasAdverseEvent: true, hasQualityComplaint: false, hasSpecialSituation: false },
    questions: [
      {
        category: 'safety-tolerability',
        text: 'Since starting Cardivex 20 mg three weeks ago I have aching thighs and feel weak climbing stairs. Should I stop the tablets?',
        documentReferences: [],
      },
    ],
    requesterPersonal: {
      name: 'Helmut Brandauer',
      specialty: null,
      institution: null,
      email: null,
      phone: '+49 30 0000 4411',
      address: null,
    },
    notes:
      'Adverse event captured: myalgia and weakness, onset about 3 weeks after start. Advised to contact his GP today for a CK test. Safety report to be forwarded to PV.',
  },
  {
    status: 'cancelled',
    channel: 'email',
    urgency: 'normal',
    preferredResponseMethod: 'email',
    consentToContact: false,
    requester: { type: 'pharmacist', country: 'CH', preferredLanguage: 'de' },
    products: ['cardivex'],
    assignee: 'fieldOfficer',
    isAtEvent: false,
    received: { hoursAgo: 45 * day },
    unsolicited: null,
    safety: nothingToReport,
    questions: [
      {
        category: 'storage-stability',
        text: 'A delivery of Cardivex 20 mg stood in a van at about 35 °C for one afternoon. Can we still dispense it?',
        documentReferences: ['FAQ-CDX-002'],
      },
    ],
    requesterPersonal: {
      name: 'Regula Imhof',
      specialty: 'Community pharmacy',
      institution: 'Apotheke zum Lindenhof, Bern',
      email: 'r.imhof@example.com',
      phone: null,
      address: null,
    },
    notes:
      'Cancelled: the pharmacist withdrew the request after the wholesaler confirmed the stability data. No consent to further contact.',
  },
];
