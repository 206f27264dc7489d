import type { DocumentTemplate } from './template';

/** English (British spelling, as the affiliate's letters use). */
export const englishTemplate: DocumentTemplate = {
  language: 'en',
  labelSeparator: ': ',
  page: {
    pageOf: (current, total) => `Page ${current} of ${total}`,
    reference: (reference) => `Our reference ${reference}`,
  },
  letter: {
    documentTitle: 'Medical information response',
    subject: (product) => `Your enquiry about ${product}`,
    dateLabel: 'Date',
    ourReferenceLabel: 'Our reference',
    yourEnquiryLabel: 'Your enquiry of',
    salutation: ({ name }) => (name ? `Dear ${name},` : 'Dear Sir or Madam,'),
    introduction: (product, enquiryDate) =>
      `Thank you for your enquiry of ${enquiryDate} about ${product}. You asked:`,
    answerHeading: 'Our response',
    referencesHeading: 'References',
    enclosuresHeading: 'Enclosures',
    furtherQuestions: (contact) =>
      `If you have any further questions, please contact Medical Information: ${contact}.`,
    closing: () => 'Yours sincerely,',
    patientAdvice:
      'This information does not replace the advice of your doctor. Please talk to your doctor or pharmacist before you change anything in your treatment, and tell them about any side effects.',
    professionalContentForPatient:
      'Parts of this information were written for healthcare professionals. Your doctor or pharmacist can explain what they mean for you.',
    sourceDocuments: (list) => `Prepared from approved documents: ${list}.`,
    documentVersion: (reference, version) => `${reference} version ${version}`,
    notReviewedWatermark: 'DRAFT – NOT REVIEWED',
    unsignedWatermark: 'DRAFT',
    recipientFallback: 'Sir or Madam',
  },
  offLabel: {
    banner: 'Response to an unsolicited request for medical information',
    heading: 'Important: the use you asked about is not approved',
    statement: (product, country, company) =>
      `The use of ${product} that you asked about is not part of its approved product information (country of approval: ${country}). ${company} does not recommend the use of its medicines outside their approved labelling.`,
    unsolicited:
      'This information is provided only in reply to your unsolicited request, for you alone, and is not intended to promote any use.',
    approvedIndicationsHeading: (product, country) =>
      `Approved indications of ${product} (${country})`,
    safetyHeading: 'Important safety information',
    prescribingInformation: (product) => `Prescribing information of ${product}`,
    footerMark: 'Unsolicited request',
  },
  signature: {
    signedBy: 'Electronically signed by',
    signedAt: 'Date and time',
    meaning: 'Meaning of the signature',
    boundTo: 'Signed content (SHA-256)',
    meanings: {
      'response-released':
        'Responsible for this response: prepared from approved content and released to the requester',
      'custom-response-reviewed': 'Reviewed this custom response and approved it for sending',
      'request-confirmed': 'Confirms this request for medical information as recorded above',
    },
  },
  receipt: {
    documentTitle: 'Request for medical information – receipt',
    introduction:
      'Thank you for your question. This receipt confirms what you asked us and what happens next.',
    requestHeading: 'Your request',
    referenceLabel: 'Reference',
    receivedLabel: 'Received',
    eventLabel: 'Event',
    requesterHeading: 'Your details',
    nameLabel: 'Name',
    professionLabel: 'Profession',
    specialtyLabel: 'Specialty',
    institutionLabel: 'Institution',
    emailLabel: 'E-mail',
    phoneLabel: 'Phone',
    addressLabel: 'Address',
    countryLabel: 'Country',
    productLabel: 'Product',
    questionsHeading: 'Your questions',
    responseMethodLabel: 'Answer by',
    unsolicitedConfirmed:
      'You confirmed that you asked these questions on your own initiative (unsolicited request).',
    signatureHeading: 'Your signature',
    privacyHeading: 'Privacy notice',
    privacyNotice: (company) =>
      `${company} uses your details only to answer your request, to keep the record of medical information enquiries that the law requires, and to meet its drug-safety obligations if you told us about a side effect. They are never used for marketing and never shared with sales staff. You may ask to see, correct or delete your details by contacting Medical Information.`,
    nextStepsHeading: 'What happens next',
    nextSteps: (method, dueDate) =>
      `A member of our Medical Information team will answer ${{ letter: 'by letter', email: 'by e-mail', verbal: 'by phone' }[method]}${dueDate ? `, by ${dueDate} at the latest` : ''}. Please quote the reference above if you contact us about this request.`,
    contactLine: (contact) => `Medical Information: ${contact}`,
    requesterTypes: {
      physician: 'Physician',
      pharmacist: 'Pharmacist',
      nurse: 'Nurse',
      'other-hcp': 'Other healthcare professional',
      patient: 'Patient',
      caregiver: 'Caregiver',
      payer: 'Payer',
      other: 'Other',
    },
    responseMethods: { letter: 'Letter', email: 'E-mail', verbal: 'Phone' },
  },
  booklet: {
    defaultTitle: 'Medical information: approved responses',
    contents: 'Contents',
    internalUse:
      'For internal training and booth briefing only. Not for distribution: answer each enquiry with its own response letter.',
    preparedOn: (date) => `Compiled on ${date}`,
    documentDetails: (version, effective, review) =>
      `Version ${version} · approved · effective ${effective} · review by ${review}`,
    summaryHeading: 'Summary',
    kinds: { srd: 'Standard response', faq: 'Frequently asked question' },
    audiences: { hcp: 'For healthcare professionals', patient: 'For patients' },
  },
  email: {
    body: (salutation, reference, company) =>
      `${salutation}\n\nPlease find attached our response to your enquiry (our reference ${reference}).\n\nYours sincerely,\nMedical Information\n${company}\n`,
  },
};
