import type { MessageCatalog } from '../en/index';

export const booth = {
  booth: {
    title: 'Erfassung am Messestand',
    noEvent:
      'Keine aktuelle Veranstaltung gewählt: Anfragen am Stand werden keinem Kongress zugeordnet.',
    openSettings: 'In den Einstellungen wählen',
    eventLine: '{{name}} · {{city}} · {{dates}}',
    draftFound: 'Eine nicht gespeicherte Anfrage vom Stand ({{time}}) wurde aufbewahrt.',
    continueDraft: 'Weiter bearbeiten',
    discardDraft: 'Verwerfen',
    autosaved: 'Entwurf aufbewahrt {{time}}',
    autosaveFailed: 'Der Entwurf konnte nicht aufbewahrt werden: {{message}}',
    sections: {
      requester: 'Anfragende Person',
      questions: 'Produkt und Fragen',
      request: 'Antwort, Einwilligung und Datenschutz',
      safety: 'Sicherheitsfragen',
      signature: 'Unterschrift',
    },
    requesterType: 'Art der anfragenden Person',
    name: 'Name',
    specialty: 'Beruf / Fachgebiet',
    institution: 'Einrichtung',
    country: 'Land',
    email: 'E-Mail',
    phone: 'Telefon',
    preferredLanguage: 'Bevorzugte Sprache',
    product: 'Produkt',
    questionText: 'Frage {{number}}',
    category: 'Kategorie',
    chooseCategory: 'Kategorie wählen',
    addQuestion: 'Frage hinzufügen',
    removeQuestion: 'Frage {{number}} entfernen',
    urgency: 'Dringlichkeit',
    responseMethod: 'Gewünschte Antwort',
    privacyNoticeText:
      'Datenschutzhinweis: Ihr Name und Ihre Kontaktdaten werden nur verwendet, um diese Anfrage zu beantworten und unsere gesetzlichen Pflichten zu erfüllen (zum Beispiel die Meldung von Nebenwirkungen). Sie können jederzeit Auskunft oder Löschung verlangen.',
    privacyNotice: 'Die anfragende Person hat den Datenschutzhinweis gelesen',
    consentToContact:
      'Die anfragende Person ist mit einer Kontaktaufnahme für die Antwort einverstanden',
    isOffLabel: 'Die Frage betrifft eine Anwendung außerhalb der Zulassung (Off-Label)',
    isUnsolicited:
      'Die anfragende Person hat aus eigener Initiative gefragt (unaufgeforderte Anfrage)',
    printedName: 'Name der unterschreibenden Person in Druckschrift',
    padLabel: 'Unterschriftenfeld: mit Finger, Stift oder Maus unterschreiben',
    sign: 'Unterschreiben',
    clear: 'Löschen',
    completeBeforeSigning:
      'Füllen Sie vor der Unterschrift die Felder oben aus: Die Unterschrift bezieht sich auf sie.',
    lockedHint:
      'Unterschrieben: Die unterschriebenen Angaben sind gesperrt. Eine Änderung braucht eine neue Unterschrift; beide bleiben dokumentiert.',
    unlock: 'Unterschriebene Angaben ändern',
    save: 'Speichern und nächste beginnen (Strg+Eingabe)',
    saved: 'Gespeichert als {{reference}}.',
    openSaved: 'Öffnen',
    saveFailed:
      'Die Anfrage konnte nicht gespeichert werden; alle Eingaben bleiben als Entwurf erhalten. {{message}}',
    fixErrors: 'Einige Felder brauchen Aufmerksamkeit: Siehe die Hinweise daneben.',
  },
  inquiryFormErrors: {
    required: 'Pflichtfeld',
    tooLong: 'Zu lang',
    requesterTypeRequired: 'Wählen Sie die Art der anfragenden Person',
    countryRequired: 'Wählen Sie ein Land',
    countryCode: 'Geben Sie einen zweistelligen Ländercode ein, z. B. DE',
    email: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.org',
    phone: 'Geben Sie eine Telefonnummer mit 6 bis 20 Ziffern ein, z. B. +49 89 1234 5678',
    languageRequired: 'Wählen Sie eine Sprache',
    productRequired: 'Wählen Sie das Produkt',
    questionRequired: 'Geben Sie die Frage ein',
    categoryRequired: 'Wählen Sie eine Kategorie',
    answerRequired: 'Mit Ja oder Nein beantworten',
    privacyRequired: 'Der Datenschutzhinweis muss bestätigt werden',
    emailForResponse: 'Eine Antwort per E-Mail braucht eine E-Mail-Adresse',
    phoneForResponse: 'Eine mündliche Antwort braucht eine Telefonnummer',
    institutionForLetter:
      'Ein Brief braucht die Einrichtung, oder wählen Sie einen anderen Antwortweg',
    unsolicitedRequired:
      'Eine Off-Label-Frage wird nur erfasst, wenn die anfragende Person aus eigener Initiative gefragt hat',
    signatureRequired: 'Die anfragende Person muss die Anfrage mit ihrer Unterschrift bestätigen',
    signAgain:
      'Die unterschriebenen Angaben haben sich geändert: Es ist eine neue Unterschrift nötig',
    padEmpty: 'Zuerst unterschreiben',
    printedNameRequired: 'Geben Sie den Namen der unterschreibenden Person ein',
    date: 'Geben Sie ein Datum ein',
    endBeforeStart: 'Der letzte Tag liegt vor dem ersten Tag',
  },
  inquiryDuplicates: {
    title: 'Das sieht aus wie eine frühere Anfrage',
    line: 'eingegangen {{date}} · {{status}} · gleiche {{matchedOn}} · Frage zu {{similarity}} % ähnlich',
    matchedOn: { email: 'E-Mail', name: 'Name' },
    link: 'Damit verknüpfen',
    linked: 'Verknüpft',
    continue: 'Ohne Verknüpfung fortfahren',
  },
  inquiryScreening: {
    found: 'Die Prüfung hat mögliche Sicherheitsinformationen gefunden',
    more_one: 'und {{count}} weitere',
    more_other: 'und {{count}} weitere',
    'adverse-event': 'Unerwünschtes Ereignis',
    'product-complaint': 'Produktreklamation',
    special: {
      pregnancy: 'Schwangerschaft',
      breastfeeding: 'Stillzeit',
      overdose: 'Überdosierung',
      abuse: 'Missbrauch',
      misuse: 'Fehlgebrauch',
      'medication-error': 'Medikationsfehler',
      'off-label-use': 'Off-Label-Anwendung',
      'occupational-exposure': 'Berufliche Exposition',
      'lack-of-efficacy': 'Fehlende Wirksamkeit',
      'drug-interaction': 'Wechselwirkung',
      counterfeit: 'Verdacht auf Fälschung',
      'infection-transmission': 'Übertragung eines Infektionserregers',
    },
  },
  inquirySafety: {
    title: 'Sicherheitsprüfung',
    hasAdverseEvent: 'Erwähnt dieser Kontakt ein unerwünschtes Ereignis?',
    hasQualityComplaint: 'Erwähnt er eine Reklamation der Produktqualität?',
    hasSpecialSituation:
      'Erwähnt er eine besondere Situation (Schwangerschaft oder Stillzeit, Überdosierung, Missbrauch oder Fehlgebrauch, Medikationsfehler, Off-Label-Anwendung, fehlende Wirksamkeit, Wechselwirkung)?',
    yes: 'Ja',
    no: 'Nein',
    screeningSuggests:
      'Die Prüfung der Fragen deutet hin auf: {{kinds}}. Prüfen Sie die Antworten unten.',
    required: 'Noch nicht beantwortet: Die Anfrage kann erst danach bearbeitet werden.',
    answeredAt: 'Beantwortet {{time}}',
    save: 'Antworten speichern',
  },
  hcpSignatureMeaning: {
    'request-confirmation':
      'Ich bestätige, dass ich medizinische Informationen zu den obigen Fragen anfordere.',
    'unsolicited-request':
      'Ich bestätige, dass ich diese Fragen aus eigener Initiative gestellt habe und medizinische Informationen dazu anfordere.',
  },
  hcpSignature: {
    title: 'Unterschriften',
    none: 'Keine Unterschriften.',
    imageOf: 'Unterschrift von {{name}}',
    witnessedBy: 'Bezeugt von {{name}}',
    state: {
      valid: 'Gültig',
      'content-changed': 'Passt nicht mehr: Die unterschriebenen Angaben haben sich geändert',
      'missing-image': 'Bild fehlt',
      'not-authentic': 'Nicht echt: die Unterschrift wurde verändert oder gehört zu anderem Inhalt',
    },
  },
} satisfies Pick<
  MessageCatalog,
  | 'booth'
  | 'inquiryFormErrors'
  | 'inquiryDuplicates'
  | 'inquiryScreening'
  | 'inquirySafety'
  | 'hcpSignatureMeaning'
  | 'hcpSignature'
>;
