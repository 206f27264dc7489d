/** English messages: why a letter, receipt or booklet cannot be generated yet. */
export const documents = {
  documentProblems: {
    'letterhead-company-missing':
      'The letterhead has no company name. An administrator sets it in Settings.',
    'recipient-address-missing': 'The letter goes by post and the recipient has no postal address.',
    'recipient-email-missing': 'The letter goes by e-mail and the recipient has no e-mail address.',
    'no-question': 'There is no question to restate.',
    'no-answer': 'Choose at least one approved document to answer with.',
    'no-documents': 'Choose at least one approved document for the booklet.',
    'document-not-approved': '{{reference}} is not approved.',
    'document-not-yet-effective': '{{reference}} takes effect on {{effectiveDate}}.',
    'document-expired':
      '{{reference}} passed its review date ({{reviewDate}}) and may not be sent until it is re-approved.',
    'document-deleted': '{{reference}} has been withdrawn from the library.',
    'document-language-mismatch':
      '{{reference}} is not in the letter’s language. Choose its variant in that language.',
    'hcp-document-for-patient':
      '{{reference}} is written for healthcare professionals. Give the reason for sending it to a patient or caregiver.',
    'unsolicited-not-confirmed':
      'This off-label request has not been confirmed as unsolicited. An off-label response may only answer an unsolicited request.',
    'approved-indications-missing':
      '{{product}} has no approved indications recorded for {{country}}. An off-label letter must state them.',
    'safety-information-missing':
      'An off-label letter must carry the important safety information.',
    'signature-missing': 'The signature needs the signer’s printed name.',
    'signature-image-invalid': 'The signature image is missing or not a PNG image.',
    'logo-invalid': 'The logo must be a PNG or JPEG image.',
    'right-to-left-text':
      '{{field}} contains Hebrew or Arabic script, which documents cannot print yet.',
  },
};
