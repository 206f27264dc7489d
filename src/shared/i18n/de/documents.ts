import type { MessageCatalog } from '../en/index';

export const documents = {
  documentProblems: {
    'letterhead-company-missing':
      'Im Briefkopf fehlt der Firmenname. Eine Administratorin oder ein Administrator trägt ihn in den Einstellungen ein.',
    'recipient-address-missing':
      'Der Brief geht per Post, aber für die Empfängerin oder den Empfänger ist keine Postanschrift erfasst.',
    'recipient-email-missing':
      'Der Brief geht per E-Mail, aber für die Empfängerin oder den Empfänger ist keine E-Mail-Adresse erfasst.',
    'no-question': 'Es gibt keine Frage, die wiedergegeben werden kann.',
    'no-answer': 'Wählen Sie mindestens ein freigegebenes Dokument für die Antwort.',
    'no-documents': 'Wählen Sie mindestens ein freigegebenes Dokument für die Broschüre.',
    'document-not-approved': '{{reference}} ist nicht freigegeben.',
    'document-not-yet-effective': '{{reference}} gilt erst ab {{effectiveDate}}.',
    'document-expired':
      '{{reference}} hat sein Überprüfungsdatum ({{reviewDate}}) überschritten und darf erst nach erneuter Freigabe versandt werden.',
    'document-deleted': '{{reference}} wurde aus der Bibliothek zurückgezogen.',
    'document-language-mismatch':
      '{{reference}} ist nicht in der Sprache des Briefs. Wählen Sie die Fassung in dieser Sprache.',
    'hcp-document-for-patient':
      '{{reference}} richtet sich an Fachkreise. Geben Sie den Grund an, es an eine Patientin, einen Patienten oder eine Betreuungsperson zu senden.',
    'unsolicited-not-confirmed':
      'Diese Off-Label-Anfrage ist nicht als unaufgefordert bestätigt. Eine Off-Label-Antwort darf nur eine unaufgeforderte Anfrage beantworten.',
    'approved-indications-missing':
      'Für {{product}} sind für {{country}} keine zugelassenen Anwendungsgebiete erfasst. Ein Off-Label-Brief muss sie nennen.',
    'safety-information-missing':
      'Ein Off-Label-Brief muss die wichtigen Sicherheitsinformationen enthalten.',
    'signature-missing': 'Zur Unterschrift fehlt der Name in Druckschrift.',
    'signature-image-invalid': 'Das Unterschriftsbild fehlt oder ist kein PNG-Bild.',
    'logo-invalid': 'Das Logo muss ein PNG- oder JPEG-Bild sein.',
    'right-to-left-text':
      '{{field}} enthält hebräische oder arabische Schrift, die Dokumente noch nicht drucken können.',
  },
} satisfies Pick<MessageCatalog, 'documentProblems'>;
