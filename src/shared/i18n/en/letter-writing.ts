/** English messages: writing, previewing, sending and batching response letters. */
export const letterWriting = {
  letterWriting: {
    write: 'Write letter',
    title: 'Letter for {{reference}}',
    method: 'Send by',
    documents: 'Approved documents linked to the questions',
    noDocuments:
      'No documents are linked to the questions. Link the approved documents under Questions first.',
    documentLine: '{{reference}} · version {{version}} · {{language}}',
    language: 'Letter language',
    languagePreferred: 'Written in {{language}}, the requester’s preferred language.',
    languageMissing:
      'No approved variant in {{preferred}} exists for: {{documents}}. Choose a language in which every document is approved; documents are never translated.',
    languageUnsupported:
      'The requester prefers {{preferred}}, in which letters cannot be written. Choose a language in which every document is approved.',
    languageNone: 'No language has an approved, current variant of every chosen document.',
    problemsTitle: 'The letter cannot be generated yet',
    overrideReason: 'Why a patient or caregiver receives a document written for professionals',
    safetyInformation: 'Important safety information (printed in off-label letters)',
    editText: 'Edit text',
    useApproved: 'Use the approved text',
    answerText: 'Answer text of {{reference}}',
    customNotice:
      'You changed approved text: this is a custom response. An MI specialist must review it before it can be sent.',
    reviewedNotice: 'An MI specialist reviewed this custom response: it can be sent.',
    preview: 'Preview',
    previewTitle: 'Preview of the letter',
    save: 'Save PDF',
    print: 'Print',
    send: 'Sign and send',
    submitForReview: 'Submit for review',
    submitted: 'Submitted for review. An MI specialist will review it.',
    sendStatement:
      'I release the response to inquiry {{reference}}, prepared from {{documents}}, to the requester.',
    emailSaved:
      'The signed PDF and an e-mail draft (.eml) are saved. Open the draft in your mail program and send it, then confirm here.',
    confirmSent: 'I have sent the e-mail',
    sent: 'The response is recorded as sent.',
    close: 'Close',
    working: 'Generating…',
  },
  letterResponses: {
    sentLetter: 'Signed letter in {{language}} · PDF SHA-256 {{hash}}',
    customResponses: 'Custom responses',
    customLine: 'Prepared on {{time}} by {{name}}, in {{language}}',
    status: {
      'awaiting-review': 'Awaiting review',
      reviewed: 'Reviewed',
      sent: 'Sent',
    },
    review: 'Review and approve',
    reviewStatement:
      'I reviewed this custom response to inquiry {{reference}} and approve it for sending.',
    onlySpecialists: 'An MI specialist reviews custom responses.',
  },
  letterBatch: {
    intro:
      'Generate the letters of every answered inquiry of an event, in one zip file. Letters that were signed when sent carry their signature; the others print as drafts.',
    event: 'Event',
    noEvents: 'There are no events yet.',
    generate: 'Generate letters (zip)',
    working: 'Generating {{done}} of {{total}}…',
    done: '{{count}} letters saved in {{file}}.',
    skipped: '{{count}} inquiries could not be generated; the zip lists why in problems.txt.',
  },
};
