/** English messages: MedDRA import and coding, E2B download, PV acknowledgement, follow-up log. */
export const safetyWorkflow = {
  safetyWorkflow: {
    meddra: {
      title: 'MedDRA dictionary',
      help: 'Import your company’s licensed MedDRA release (ASCII distribution files: llt.asc, pt.asc and meddra_release.asc) to code reactions LLT → PT. Without it, reactions stay verbatim.',
      none: 'No MedDRA release on this device.',
      current:
        'MedDRA {{version}} ({{language}}): {{lowLevelTerms}} lowest level terms, {{preferredTerms}} preferred terms, imported {{time}}',
      chooseFiles: 'Choose release files',
      importing: 'Reading the release…',
      imported: 'MedDRA {{version}} imported.',
      missingFiles: 'Choose llt.asc and pt.asc (and meddra_release.asc for the version).',
      notAllowed: 'An administrator or PV can import the release.',
      fieldLabel: 'MedDRA term (LLT)',
      noRelease: 'Not coded: no MedDRA release on this device (Settings → MedDRA dictionary).',
      loading: 'Loading MedDRA…',
      noMatch: 'No current LLT matches',
      coded: 'PT {{ptName}} ({{ptCode}}) · LLT {{lltName}} ({{lltCode}}) · MedDRA {{version}}',
      otherVersion: 'Coded with MedDRA {{version}}; this device has {{current}}.',
    },
    e2b: {
      download: 'Save E2B(R3) XML',
      saved: 'E2B(R3) message saved as {{name}}.',
      notReady:
        'No E2B(R3) message for this report yet. Send it to PV as the CIOMS form, which lists what is missing:',
    },
    lifecycle: {
      title: 'Life cycle',
      steps: {
        flagged: 'Captured',
        forwarded: 'Forwarded to PV',
        acknowledged: 'Acknowledged by PV',
        reconciled: 'Reconciled',
      },
      pvCase: 'PV case {{id}}',
      pending: 'Not yet',
      acknowledge: 'Record PV acknowledgement',
      reconcile: 'Mark as reconciled',
      acknowledgeTitle: 'PV acknowledgement',
      acknowledgeHelp: 'Enter the case id PV gave this report and when their acknowledgement came.',
      reconcileTitle: 'Reconciliation',
      reconcileHelp:
        'Confirm that PV’s case matches this report (reporter, patient, products, reactions).',
      pvCaseId: 'PV case id',
      occurredAt: 'When',
    },
    attempts: {
      log: 'Log a follow-up attempt',
      title: 'Follow-up attempt',
      topics: 'What was asked for',
      channel: 'Channel',
      outcome: 'Outcome',
      note: 'Note',
      when: 'When',
      history: 'Attempts made',
      entry: '{{time}} · {{channel}} · {{outcome}}',
      channels: {
        phone: 'Telephone',
        email: 'E-mail',
        letter: 'Letter',
        fax: 'Fax',
        visit: 'Visit',
      },
      outcomes: {
        'no-response': 'No response',
        'information-obtained': 'Information obtained',
        'partially-obtained': 'Partly obtained',
        declined: 'Declined',
      },
    },
    due: {
      title: 'Safety reports to forward',
      none: 'Every safety report has been forwarded.',
    },
    screen: {
      reason: {
        'adverse-event': 'Why is this not an adverse event?',
        'product-complaint': 'Why is this not a product complaint?',
        'special-situation': 'Why is this not a special situation?',
      },
      reasonShort: 'Give a reason of at least 5 characters',
      unexplained:
        'Screening flagged this text, but the answer is “no”: give the reason, it is audited.',
      dismissed: 'Dismissed ({{kind}}) {{time}}: {{reason}}',
    },
    inquiry: {
      title: 'Safety reports from this inquiry',
      openAdverseEvent: 'Open AE report',
      openComplaint: 'Open product complaint',
      answerYes: 'Safety information was reported: open a report so it reaches PV in time.',
    },
  },
};
