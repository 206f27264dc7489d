import type { MessageCatalog } from '../en/index';

/** French messages: writing, previewing, sending and batching response letters. */
export const letterWriting = {
  letterWriting: {
    write: 'Rédiger la lettre',
    title: 'Lettre pour {{reference}}',
    method: 'Envoi par',
    documents: 'Documents approuvés liés aux questions',
    noDocuments:
      'Aucun document n’est lié aux questions. Liez d’abord les documents approuvés sous « Questions ».',
    documentLine: '{{reference}} · version {{version}} · {{language}}',
    language: 'Langue de la lettre',
    languagePreferred: 'Rédigée en {{language}}, la langue préférée du demandeur.',
    languageMissing:
      'Aucune version approuvée en {{preferred}} n’existe pour : {{documents}}. Choisissez une langue dans laquelle chaque document est approuvé ; les documents ne sont jamais traduits.',
    languageUnsupported:
      'Le demandeur préfère {{preferred}}, langue dans laquelle aucune lettre ne peut être rédigée. Choisissez une langue dans laquelle chaque document est approuvé.',
    languageNone:
      'Aucune langue ne dispose d’une version approuvée et en vigueur de chaque document choisi.',
    problemsTitle: 'La lettre ne peut pas encore être générée',
    overrideReason:
      'Pourquoi un patient ou un aidant reçoit un document rédigé pour les professionnels',
    safetyInformation: 'Informations de sécurité importantes (imprimées dans les lettres hors AMM)',
    editText: 'Modifier le texte',
    useApproved: 'Utiliser le texte approuvé',
    answerText: 'Texte de réponse de {{reference}}',
    customNotice:
      'Vous avez modifié un texte approuvé : c’est une réponse personnalisée. Un spécialiste IM doit la relire avant son envoi.',
    reviewedNotice:
      'Un spécialiste IM a relu cette réponse personnalisée : elle peut être envoyée.',
    preview: 'Aperçu',
    previewTitle: 'Aperçu de la lettre',
    save: 'Enregistrer le PDF',
    print: 'Imprimer',
    send: 'Signer et envoyer',
    submitForReview: 'Soumettre à relecture',
    submitted: 'Soumise à relecture. Un spécialiste IM la relira.',
    sendStatement:
      'Je libère la réponse à la demande {{reference}}, préparée à partir de {{documents}}, pour le demandeur.',
    emailSaved:
      'Le PDF signé et un brouillon d’e-mail (.eml) sont enregistrés. Ouvrez le brouillon dans votre messagerie, envoyez-le, puis confirmez ici.',
    confirmSent: 'J’ai envoyé l’e-mail',
    sent: 'La réponse est enregistrée comme envoyée.',
    close: 'Fermer',
    working: 'Génération…',
  },
  letterResponses: {
    sentLetter: 'Lettre signée en {{language}} · PDF SHA-256 {{hash}}',
    customResponses: 'Réponses personnalisées',
    customLine: 'Préparée le {{time}} par {{name}}, en {{language}}',
    status: {
      'awaiting-review': 'En attente de relecture',
      reviewed: 'Relue',
      sent: 'Envoyée',
    },
    review: 'Relire et approuver',
    reviewStatement:
      'J’ai relu cette réponse personnalisée à la demande {{reference}} et j’approuve son envoi.',
    onlySpecialists: 'Un spécialiste IM relit les réponses personnalisées.',
  },
  letterBatch: {
    intro:
      'Génère les lettres de toutes les demandes traitées d’un événement dans un fichier zip. Les lettres signées à l’envoi portent leur signature ; les autres sont imprimées comme brouillons.',
    event: 'Événement',
    noEvents: 'Aucun événement pour l’instant.',
    generate: 'Générer les lettres (zip)',
    working: 'Génération de {{done}} sur {{total}}…',
    done: '{{count}} lettres enregistrées dans {{file}}.',
    skipped:
      '{{count}} demandes n’ont pas pu être générées ; le zip en donne les raisons dans problems.txt.',
  },
} satisfies Pick<MessageCatalog, 'letterWriting' | 'letterResponses' | 'letterBatch'>;
