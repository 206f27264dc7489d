import type { MessageCatalog } from '../en/index';

/** German messages: writing, previewing, sending and batching response letters. */
export const letterWriting = {
  letterWriting: {
    write: 'Brief schreiben',
    title: 'Brief zu {{reference}}',
    method: 'Versand per',
    documents: 'Freigegebene Dokumente zu den Fragen',
    noDocuments:
      'Den Fragen sind keine Dokumente zugeordnet. Ordnen Sie zuerst unter „Fragen“ freigegebene Dokumente zu.',
    documentLine: '{{reference}} · Version {{version}} · {{language}}',
    language: 'Sprache des Briefs',
    languagePreferred: 'Verfasst auf {{language}}, der bevorzugten Sprache der anfragenden Person.',
    languageMissing:
      'Für {{documents}} gibt es keine freigegebene Fassung auf {{preferred}}. Wählen Sie eine Sprache, in der jedes Dokument freigegeben ist; Dokumente werden nie übersetzt.',
    languageUnsupported:
      'Die anfragende Person bevorzugt {{preferred}}; in dieser Sprache können keine Briefe erstellt werden. Wählen Sie eine Sprache, in der jedes Dokument freigegeben ist.',
    languageNone: 'Keine Sprache hat eine freigegebene, gültige Fassung jedes gewählten Dokuments.',
    problemsTitle: 'Der Brief kann noch nicht erstellt werden',
    overrideReason:
      'Warum eine Patientin, ein Patient oder eine Betreuungsperson ein Fachkreis-Dokument erhält',
    safetyInformation: 'Wichtige Sicherheitsinformationen (in Off-Label-Briefen gedruckt)',
    editText: 'Text bearbeiten',
    useApproved: 'Freigegebenen Text verwenden',
    answerText: 'Antworttext von {{reference}}',
    customNotice:
      'Sie haben freigegebenen Text geändert: Das ist eine individuelle Antwort. Eine MI-Spezialistin oder ein MI-Spezialist muss sie vor dem Versand prüfen.',
    reviewedNotice: 'Diese individuelle Antwort wurde geprüft und kann versendet werden.',
    preview: 'Vorschau',
    previewTitle: 'Vorschau des Briefs',
    save: 'PDF speichern',
    print: 'Drucken',
    send: 'Signieren und senden',
    submitForReview: 'Zur Prüfung geben',
    submitted: 'Zur Prüfung gegeben. Eine MI-Spezialistin oder ein MI-Spezialist prüft sie.',
    sendStatement:
      'Ich gebe die Antwort auf die Anfrage {{reference}}, erstellt aus {{documents}}, an die anfragende Person frei.',
    emailSaved:
      'Das signierte PDF und ein E-Mail-Entwurf (.eml) sind gespeichert. Öffnen Sie den Entwurf in Ihrem E-Mail-Programm, senden Sie ihn und bestätigen Sie dann hier.',
    confirmSent: 'Ich habe die E-Mail gesendet',
    sent: 'Die Antwort ist als gesendet erfasst.',
    close: 'Schließen',
    working: 'Wird erstellt …',
  },
  letterResponses: {
    sentLetter: 'Signierter Brief auf {{language}} · PDF SHA-256 {{hash}}',
    customResponses: 'Individuelle Antworten',
    customLine: 'Erstellt am {{time}} von {{name}}, auf {{language}}',
    status: {
      'awaiting-review': 'Wartet auf Prüfung',
      reviewed: 'Geprüft',
      sent: 'Gesendet',
    },
    review: 'Prüfen und freigeben',
    reviewStatement:
      'Ich habe diese individuelle Antwort auf die Anfrage {{reference}} geprüft und gebe sie zum Versand frei.',
    onlySpecialists: 'Individuelle Antworten prüft eine MI-Spezialistin oder ein MI-Spezialist.',
  },
  letterBatch: {
    intro:
      'Erstellt die Briefe aller beantworteten Anfragen einer Veranstaltung in einer ZIP-Datei. Beim Versand signierte Briefe tragen ihre Signatur, die übrigen werden als Entwurf gedruckt.',
    event: 'Veranstaltung',
    noEvents: 'Es gibt noch keine Veranstaltungen.',
    generate: 'Briefe erstellen (ZIP)',
    working: 'Erstelle {{done}} von {{total}} …',
    done: '{{count}} Briefe in {{file}} gespeichert.',
    skipped:
      '{{count}} Anfragen konnten nicht erstellt werden; die ZIP-Datei nennt die Gründe in problems.txt.',
  },
} satisfies Pick<MessageCatalog, 'letterWriting' | 'letterResponses' | 'letterBatch'>;
