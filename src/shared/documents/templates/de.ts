import type { DocumentTemplate } from './template';

/** German: "Guten Tag" with a name keeps the salutation neutral without knowing the gender. */
export const germanTemplate: DocumentTemplate = {
  language: 'de',
  labelSeparator: ': ',
  page: {
    pageOf: (current, total) => `Seite ${current} von ${total}`,
    reference: (reference) => `Unser Zeichen ${reference}`,
  },
  letter: {
    documentTitle: 'Antwort auf Ihre medizinische Anfrage',
    subject: (product) => `Ihre Anfrage zu ${product}`,
    dateLabel: 'Datum',
    ourReferenceLabel: 'Unser Zeichen',
    yourEnquiryLabel: 'Ihre Anfrage vom',
    salutation: ({ name }) => (name ? `Guten Tag ${name},` : 'Sehr geehrte Damen und Herren,'),
    // After a German salutation ending in a comma, the letter continues in lower case.
    introduction: (product, enquiryDate) =>
      `vielen Dank für Ihre Anfrage vom ${enquiryDate} zu ${product}. Sie haben gefragt:`,
    answerHeading: 'Unsere Antwort',
    referencesHeading: 'Literatur',
    enclosuresHeading: 'Anlagen',
    furtherQuestions: (contact) =>
      `Wenn Sie weitere Fragen haben, wenden Sie sich bitte an die Medizinische Information: ${contact}.`,
    closing: () => 'Mit freundlichen Grüßen',
    patientAdvice:
      'Diese Information ersetzt nicht die Beratung durch Ihre Ärztin oder Ihren Arzt. Bitte sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder in Ihrer Apotheke, bevor Sie etwas an Ihrer Behandlung ändern, und berichten Sie dort über Nebenwirkungen.',
    professionalContentForPatient:
      'Teile dieser Information wurden für Fachkreise geschrieben. Ihre Ärztin, Ihr Arzt oder Ihre Apotheke kann Ihnen erklären, was sie für Sie bedeuten.',
    sourceDocuments: (list) => `Erstellt aus freigegebenen Dokumenten: ${list}.`,
    documentVersion: (reference, version) => `${reference} Version ${version}`,
    notReviewedWatermark: 'ENTWURF – UNGEPRÜFT',
    unsignedWatermark: 'ENTWURF',
    recipientFallback: 'Damen und Herren',
  },
  offLabel: {
    banner: 'Antwort auf eine unaufgeforderte Anfrage nach medizinischer Information',
    heading: 'Wichtig: Die angefragte Anwendung ist nicht zugelassen',
    statement: (product, country, company) =>
      `Die von Ihnen angefragte Anwendung von ${product} ist nicht Bestandteil der zugelassenen Produktinformation (Zulassungsland: ${country}). ${company} empfiehlt keine Anwendung seiner Arzneimittel außerhalb der Zulassung.`,
    unsolicited:
      'Diese Information erhalten Sie ausschließlich als Antwort auf Ihre unaufgeforderte Anfrage und nur für Sie persönlich; sie dient nicht der Werbung für eine Anwendung.',
    approvedIndicationsHeading: (product, country) =>
      `Zugelassene Anwendungsgebiete von ${product} (${country})`,
    safetyHeading: 'Wichtige Sicherheitsinformationen',
    prescribingInformation: (product) => `Fachinformation zu ${product}`,
    footerMark: 'Unaufgeforderte Anfrage',
  },
  signature: {
    signedBy: 'Elektronisch unterschrieben von',
    signedAt: 'Datum und Uhrzeit',
    meaning: 'Bedeutung der Unterschrift',
    boundTo: 'Unterschriebener Inhalt (SHA-256)',
    meanings: {
      'response-released':
        'Verantwortlich für diese Antwort: aus freigegebenen Inhalten erstellt und an die anfragende Person versandt',
      'custom-response-reviewed': 'Diese individuelle Antwort geprüft und zum Versand freigegeben',
      'request-confirmed':
        'Bestätigt diese Anfrage nach medizinischer Information wie oben erfasst',
    },
  },
  receipt: {
    documentTitle: 'Anfrage nach medizinischer Information – Empfangsbestätigung',
    introduction:
      'Vielen Dank für Ihre Frage. Diese Bestätigung hält fest, was Sie uns gefragt haben und wie es weitergeht.',
    requestHeading: 'Ihre Anfrage',
    referenceLabel: 'Referenz',
    receivedLabel: 'Eingegangen',
    eventLabel: 'Veranstaltung',
    requesterHeading: 'Ihre Angaben',
    nameLabel: 'Name',
    professionLabel: 'Beruf',
    specialtyLabel: 'Fachrichtung',
    institutionLabel: 'Einrichtung',
    emailLabel: 'E-Mail',
    phoneLabel: 'Telefon',
    addressLabel: 'Anschrift',
    countryLabel: 'Land',
    productLabel: 'Produkt',
    questionsHeading: 'Ihre Fragen',
    responseMethodLabel: 'Antwort per',
    unsolicitedConfirmed:
      'Sie haben bestätigt, dass Sie diese Fragen aus eigener Initiative gestellt haben (unaufgeforderte Anfrage).',
    signatureHeading: 'Ihre Unterschrift',
    privacyHeading: 'Datenschutzhinweis',
    privacyNotice: (company) =>
      `${company} verwendet Ihre Angaben nur, um Ihre Anfrage zu beantworten, um die gesetzlich vorgeschriebene Dokumentation medizinischer Anfragen zu führen und um Pflichten der Arzneimittelsicherheit zu erfüllen, falls Sie uns von einer Nebenwirkung berichtet haben. Sie werden nie für Werbung genutzt und nie an den Außendienst weitergegeben. Auskunft, Berichtigung oder Löschung können Sie bei der Medizinischen Information verlangen.`,
    nextStepsHeading: 'Wie es weitergeht',
    nextSteps: (method, dueDate) =>
      `Eine Mitarbeiterin oder ein Mitarbeiter der Medizinischen Information antwortet Ihnen ${{ letter: 'per Brief', email: 'per E-Mail', verbal: 'telefonisch' }[method]}${dueDate ? `, spätestens bis ${dueDate}` : ''}. Bitte nennen Sie die Referenz oben, wenn Sie uns zu dieser Anfrage kontaktieren.`,
    contactLine: (contact) => `Medizinische Information: ${contact}`,
    requesterTypes: {
      physician: 'Ärztin/Arzt',
      pharmacist: 'Apothekerin/Apotheker',
      nurse: 'Pflegefachkraft',
      'other-hcp': 'Andere Fachkraft im Gesundheitswesen',
      patient: 'Patientin/Patient',
      caregiver: 'Betreuungsperson',
      payer: 'Kostenträger',
      other: 'Sonstige',
    },
    responseMethods: { letter: 'Brief', email: 'E-Mail', verbal: 'Telefon' },
  },
  booklet: {
    defaultTitle: 'Medizinische Information: freigegebene Antworten',
    contents: 'Inhalt',
    internalUse:
      'Nur für interne Schulung und die Vorbereitung des Standpersonals. Nicht zur Weitergabe: Jede Anfrage wird mit einem eigenen Antwortschreiben beantwortet.',
    preparedOn: (date) => `Zusammengestellt am ${date}`,
    documentDetails: (version, effective, review) =>
      `Version ${version} · freigegeben · gültig ab ${effective} · Überprüfung bis ${review}`,
    summaryHeading: 'Zusammenfassung',
    kinds: { srd: 'Standardantwort', faq: 'Häufige Frage' },
    audiences: { hcp: 'Für Fachkreise', patient: 'Für Patientinnen und Patienten' },
  },
  email: {
    body: (salutation, reference, company) =>
      `${salutation}\n\nim Anhang erhalten Sie unsere Antwort auf Ihre Anfrage (unser Zeichen ${reference}).\n\nMit freundlichen Grüßen\nMedizinische Information\n${company}\n`,
  },
};
