import type { DemoInquiry } from './demo-inquiry';
import { nothingToReport } from './demo-inquiry';

const day = 24;

export const glyconorInquiries: readonly DemoInquiry[] = [
  {
    status: 'closed',
    channel: 'phone',
    urgency: 'high',
    preferredResponseMethod: 'email',
    consentToContact: true,
    requester: { type: 'pharmacist', country: 'FR', preferredLanguage: 'fr' },
    products: ['glyconor'],
    assignee: 'miSpecialist',
    isAtEvent: false,
    received: { hoursAgo: 30 * day },
    unsolicited: null,
    safety: nothingToReport,
    questions: [
      {
        category: 'special-populations',
        text: 'Dose of Glyconor for a haemodialysis patient, and should it be given after the session?',
        documentReferences: ['SRD-GLN-001'],
      },
    ],
    requesterPersonal: {
      name: 'Pierre Lemaire',
      specialty: 'Hospital pharmacy',
      institution: 'Centre hospitalier des Tilleuls, Lyon',
      email: 'p.lemaire@example.net',
      phone: '+33 4 00 00 12 34',
      address: null,
    },
    notes: 'Answered verbally the same day, SRD sent by e-mail.',
  },
  {
    status: 'in-progress',
    channel: 'msl-referral',
    urgency: 'normal',
    preferredResponseMethod: 'email',
    consentToContact: true,
    requester: { type: 'physician', country: 'NL', preferredLanguage: 'en' },
    products: ['glyconor'],
    assignee: 'miSpecialist',
    isAtEvent: false,
    received: { hoursAgo: 4 * day },
    unsolicited: null,
    safety: nothingToReport,
    questions: [
      {
        category: 'efficacy-clinical-data',
        text: 'Hospitalisation for heart failure in FJORD-CV, and results in patients with HFrEF at baseline?',
        documentReferences: ['SRD-GLN-003'],
      },
    ],
    requesterPersonal: {
      name: 'Dr. Sanne de Vries',
      specialty: 'Internal medicine',
      institution: 'Ziekenhuis Amstelland-Oost',
      email: 'sanne.devries@example.org',
      phone: null,
      address: null,
    },
    notes: 'The HFrEF subgroup is not in the SRD: custom response needed, specialist review.',
  },
  {
    status: 'answered',
    channel: 'web',
    urgency: 'low',
    preferredResponseMethod: 'email',
    consentToContact: true,
    requester: { type: 'caregiver', country: 'ES', preferredLanguage: 'en' },
    products: ['glyconor'],
    assignee: 'fieldOfficer',
    isAtEvent: false,
    received: { hoursAgo: 12 * day },
    unsolicited: null,
    safety: nothingToReport,
    questions: [
      {
        category: 'dosing-administration',
        text: 'My father forgot his Glyconor yesterday. Can he take two today?',
        documentReferences: ['FAQ-GLN-001'],
      },
    ],
    requesterPersonal: {
      name: 'Lucía Fernández',
      specialty: null,
      institution: null,
      email: 'lucia.f@example.net',
      phone: null,
      address: null,
    },
    notes: 'Patient FAQ sent; advised to ask the pharmacist about reminders.',
  },
];
