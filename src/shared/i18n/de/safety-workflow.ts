import type { MessageCatalog } from '../en/index';

/** Deutsche Texte: MedDRA-Import und -Kodierung, E2B-Export, PV-Bestätigung, Nachverfolgung. */
export const safetyWorkflow = {
  safetyWorkflow: {
    meddra: {
      title: 'MedDRA-Wörterbuch',
      help: 'Importieren Sie die lizenzierte MedDRA-Version Ihres Unternehmens (ASCII-Dateien: llt.asc, pt.asc und meddra_release.asc), um Reaktionen LLT → PT zu kodieren. Ohne sie bleiben Reaktionen im Wortlaut.',
      none: 'Keine MedDRA-Version auf diesem Gerät.',
      current:
        'MedDRA {{version}} ({{language}}): {{lowLevelTerms}} LLTs, {{preferredTerms}} PTs, importiert am {{time}}',
      chooseFiles: 'Versionsdateien wählen',
      importing: 'Die Version wird gelesen …',
      imported: 'MedDRA {{version}} importiert.',
      missingFiles: 'Wählen Sie llt.asc und pt.asc (und meddra_release.asc für die Version).',
      notAllowed: 'Administratoren oder PV können die Version importieren.',
      fieldLabel: 'MedDRA-Begriff (LLT)',
      noRelease:
        'Nicht kodiert: keine MedDRA-Version auf diesem Gerät (Einstellungen → MedDRA-Wörterbuch).',
      loading: 'MedDRA wird geladen …',
      noMatch: 'Kein aktueller LLT passt',
      coded: 'PT {{ptName}} ({{ptCode}}) · LLT {{lltName}} ({{lltCode}}) · MedDRA {{version}}',
      otherVersion: 'Kodiert mit MedDRA {{version}}; dieses Gerät hat {{current}}.',
    },
    e2b: {
      download: 'E2B(R3)-XML speichern',
      saved: 'E2B(R3)-Nachricht als {{name}} gespeichert.',
      notReady:
        'Für diese Meldung gibt es noch keine E2B(R3)-Nachricht. Senden Sie sie als CIOMS-Formular an PV; es listet, was fehlt:',
    },
    lifecycle: {
      title: 'Verlauf',
      steps: {
        flagged: 'Erfasst',
        forwarded: 'An PV weitergeleitet',
        acknowledged: 'Von PV bestätigt',
        reconciled: 'Abgeglichen',
      },
      pvCase: 'PV-Fall {{id}}',
      pending: 'Noch nicht',
      acknowledge: 'PV-Bestätigung erfassen',
      reconcile: 'Als abgeglichen markieren',
      acknowledgeTitle: 'PV-Bestätigung',
      acknowledgeHelp:
        'Geben Sie die Fallnummer ein, die PV dieser Meldung gegeben hat, und wann die Bestätigung kam.',
      reconcileTitle: 'Abgleich',
      reconcileHelp:
        'Bestätigen Sie, dass der PV-Fall dieser Meldung entspricht (Melder, Patient, Produkte, Reaktionen).',
      pvCaseId: 'PV-Fallnummer',
      occurredAt: 'Wann',
    },
    attempts: {
      log: 'Nachfrage erfassen',
      title: 'Nachfrage',
      topics: 'Was erfragt wurde',
      channel: 'Weg',
      outcome: 'Ergebnis',
      note: 'Notiz',
      when: 'Wann',
      history: 'Bisherige Nachfragen',
      entry: '{{time}} · {{channel}} · {{outcome}}',
      channels: { phone: 'Telefon', email: 'E-Mail', letter: 'Brief', fax: 'Fax', visit: 'Besuch' },
      outcomes: {
        'no-response': 'Keine Antwort',
        'information-obtained': 'Information erhalten',
        'partially-obtained': 'Teilweise erhalten',
        declined: 'Abgelehnt',
      },
    },
    due: {
      title: 'Weiterzuleitende Sicherheitsmeldungen',
      none: 'Alle Sicherheitsmeldungen sind weitergeleitet.',
    },
    screen: {
      reason: {
        'adverse-event': 'Warum ist das kein unerwünschtes Ereignis?',
        'product-complaint': 'Warum ist das keine Produktreklamation?',
        'special-situation': 'Warum ist das keine besondere Situation?',
      },
      reasonShort: 'Geben Sie eine Begründung mit mindestens 5 Zeichen an',
      unexplained:
        'Die Prüfung hat diesen Text markiert, die Antwort ist aber „Nein“: Begründen Sie sie, die Begründung wird protokolliert.',
      dismissed: 'Verworfen ({{kind}}) {{time}}: {{reason}}',
    },
    inquiry: {
      title: 'Sicherheitsmeldungen zu dieser Anfrage',
      openAdverseEvent: 'UAW-Meldung öffnen',
      openComplaint: 'Produktreklamation öffnen',
      answerYes:
        'Es wurden Sicherheitsinformationen genannt: Öffnen Sie eine Meldung, damit sie PV rechtzeitig erreicht.',
    },
  },
} satisfies Pick<MessageCatalog, 'safetyWorkflow'>;
