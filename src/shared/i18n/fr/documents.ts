import type { MessageCatalog } from '../en/index';

export const documents = {
  documentProblems: {
    'letterhead-company-missing':
      "L'en-tête n'indique pas le nom de la société. Un administrateur le renseigne dans les paramètres.",
    'recipient-address-missing':
      "La lettre part par courrier et le destinataire n'a pas d'adresse postale.",
    'recipient-email-missing':
      "La lettre part par e-mail et le destinataire n'a pas d'adresse e-mail.",
    'no-question': "Il n'y a aucune question à reprendre.",
    'no-answer': 'Choisissez au moins un document approuvé pour répondre.',
    'no-documents': 'Choisissez au moins un document approuvé pour le livret.',
    'document-not-approved': "{{reference}} n'est pas approuvé.",
    'document-not-yet-effective': '{{reference}} entre en vigueur le {{effectiveDate}}.',
    'document-expired':
      "{{reference}} a dépassé sa date de révision ({{reviewDate}}) et ne peut être envoyé qu'après une nouvelle approbation.",
    'document-deleted': '{{reference}} a été retiré de la bibliothèque.',
    'document-language-mismatch':
      "{{reference}} n'est pas dans la langue de la lettre. Choisissez sa version dans cette langue.",
    'hcp-document-for-patient':
      "{{reference}} s'adresse aux professionnels de santé. Indiquez pourquoi vous l'envoyez à un patient ou à un aidant.",
    'unsolicited-not-confirmed':
      "Cette demande hors AMM n'a pas été confirmée comme spontanée. Une réponse hors AMM ne peut répondre qu'à une demande spontanée.",
    'approved-indications-missing':
      "Aucune indication autorisée de {{product}} n'est enregistrée pour {{country}}. Une lettre hors AMM doit les indiquer.",
    'safety-information-missing':
      'Une lettre hors AMM doit comporter les informations de sécurité importantes.',
    'signature-missing': 'La signature doit comporter le nom du signataire en toutes lettres.',
    'signature-image-invalid': "L'image de la signature manque ou n'est pas une image PNG.",
    'logo-invalid': 'Le logo doit être une image PNG ou JPEG.',
    'right-to-left-text':
      "{{field}} contient de l'écriture hébraïque ou arabe, que les documents ne savent pas encore imprimer.",
  },
} satisfies Pick<MessageCatalog, 'documentProblems'>;
