import type { MessageCatalog } from '../en/index';

export const inquiryDetail = {
  inquiryDetail: {
    back: 'Zurück zu den Anfragen',
    notFound: 'Diese Anfrage gibt es nicht oder sie wurde gelöscht.',
    summary: 'Anfrage',
    questions: 'Fragen',
    noLinkedDocuments: 'Keine Dokumente verknüpft',
    status: 'Status',
    assignedTo: 'Zugewiesen an',
    unassigned: 'Nicht zugewiesen',
    notes: 'Notizen',
    saveNotes: 'Notizen speichern',
    draftRestored: 'Frühere, nicht gespeicherte Eingaben wurden wiederhergestellt.',
    consent: 'Mit Kontaktaufnahme einverstanden',
    privacyNotice: 'Datenschutzhinweis bestätigt',
    linked: 'Verknüpfte Anfragen',
  },
  inquiryWorkflow: {
    moveTo: {
      draft: 'Zurück zum Entwurf',
      open: 'Eröffnen',
      'in-progress': 'Bearbeitung beginnen',
      'awaiting-information': 'Auf Informationen warten',
      answered: 'Als beantwortet markieren',
      closed: 'Abschließen',
      cancelled: 'Stornieren',
      duplicate: 'Als Duplikat markieren',
    },
    blockers: {
      'not-allowed': 'Aus diesem Status nicht möglich.',
      'no-questions': 'Erfassen Sie zuerst mindestens eine Frage.',
      'safety-screen-missing': 'Beantworten Sie zuerst die Sicherheitsfragen.',
      'no-response': 'Dokumentieren Sie zuerst die Antwort.',
      'unsolicited-confirmation-missing':
        'Off-Label: Bestätigen Sie zuerst, dass die Anfrage unaufgefordert war.',
      'request-solicited':
        'Off-Label und vom Unternehmen veranlasst: Sie darf nicht beantwortet werden.',
      'unsolicited-signature-invalid':
        'Off-Label: Die Unterschrift, die die unaufgeforderte Anfrage belegt, passt nicht mehr.',
      'no-linked-inquiry': 'Verknüpfen Sie zuerst die Anfrage, die hiermit doppelt vorliegt.',
    },
    final: 'Kein weiterer Status.',
  },
  inquiryOffLabel: {
    title: 'Zulassung und Off-Label',
    approvedIn: '{{product}}: zugelassene Anwendungsgebiete in {{country}}',
    notApproved: 'In {{country}} nicht zugelassen: Jede Anwendung dort ist Off-Label.',
    mark: 'Die Anfrage betrifft eine Anwendung außerhalb der Zulassung in {{country}} (Off-Label)',
    medicalOnly:
      'Nur Medizin: Die Antwort geht vertraulich an die anfragende Person; ein vermittelnder Außendienstmitarbeiter erhält sie nie.',
    unsolicited: 'Unaufgeforderte Anfrage',
    notConfirmed: 'Noch nicht als unaufgefordert bestätigt: Sie kann nicht beantwortet werden.',
    confirmed: 'Am {{time}} als unaufgefordert bestätigt ({{method}}).',
    solicited:
      'Am {{time}} als vom Unternehmen veranlasst dokumentiert: Sie darf nicht Off-Label beantwortet werden.',
    initiatedBy: 'Wer hat die Anfrage angestoßen',
    initiatedByOptions: {
      requester: 'Die anfragende Person aus eigener Initiative',
      company: 'Ein Mitarbeiter des Unternehmens hat sie veranlasst',
    },
    referral: 'Vermittlung',
    referralOptions: {
      none: 'Keine Vermittlung',
      'sales-representative': 'Vermittelt durch den Außendienst',
      msl: 'Vermittelt durch einen MSL',
    },
    referrerName: 'Name der vermittelnden Person',
    method: 'Nachweis',
    methodOptions: {
      signature: 'Die Unterschrift der anfragenden Person',
      written: 'Eine schriftliche Anfrage liegt vor',
      verbal: 'Eine telefonisch dokumentierte Bestätigung',
    },
    confirm: 'Bestätigung dokumentieren',
  },
  inquiryResponses: {
    title: 'Antwortdokumentation',
    none: 'Noch keine Antwort dokumentiert.',
    line: '{{method}} am {{time}} von {{name}}',
    record: 'Antwort dokumentieren',
    method: 'Gesendet als',
    sentAt: 'Gesendet am',
    documents: 'Verwendete Dokumente',
    recipient: { requester: 'Anfragende Person', 'referring-msl': 'Vermittelnder MSL (Kopie)' },
    save: 'Antwort dokumentieren',
  },
  inquiryFollowUps: {
    title: 'Nachverfolgung',
    none: 'Noch keine Nachverfolgung.',
    channelLabel: 'Kanal',
    channel: {
      phone: 'Telefon',
      email: 'E-Mail',
      letter: 'Brief',
      'in-person': 'Persönlich',
      other: 'Sonstiges',
    },
    directionLabel: 'Richtung',
    direction: {
      outgoing: 'Wir haben Kontakt aufgenommen',
      incoming: 'Die Person hat sich gemeldet',
    },
    note: 'Was besprochen wurde',
    add: 'Nachverfolgung hinzufügen',
  },
  inquiryHistory: {
    title: 'Verlauf',
    when: 'Wann',
    who: 'Wer',
    action: 'Aktion',
    field: 'Feld',
    before: 'Vorher',
    after: 'Nachher',
    actions: { create: 'Angelegt', update: 'Geändert', delete: 'Gelöscht' },
    signatureImage: '[Bild der Unterschrift]',
    empty: 'Noch kein Verlauf.',
  },
  linkDocuments: {
    open: 'Dokumente verknüpfen',
    title: 'Freigegebene, gültige Dokumente',
    empty: 'Keine freigegebenen, gültigen Dokumente für dieses Produkt.',
    cancel: 'Abbrechen',
    done: 'Fertig',
  },
} satisfies Pick<
  MessageCatalog,
  | 'inquiryDetail'
  | 'inquiryWorkflow'
  | 'inquiryOffLabel'
  | 'inquiryResponses'
  | 'inquiryFollowUps'
  | 'inquiryHistory'
  | 'linkDocuments'
>;
