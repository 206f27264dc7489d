import type { MessageCatalog } from '../en/index';

export const inquiryDetail = {
  inquiryDetail: {
    back: 'Retour aux demandes',
    notFound: 'Cette demande n’existe pas ou a été supprimée.',
    summary: 'Demande',
    questions: 'Questions',
    noLinkedDocuments: 'Aucun document lié',
    status: 'Statut',
    assignedTo: 'Attribuée à',
    unassigned: 'Non attribuée',
    notes: 'Notes',
    saveNotes: 'Enregistrer les notes',
    draftRestored: 'Une saisie non enregistrée a été restaurée.',
    consent: 'Accepte d’être contacté',
    privacyNotice: 'Information sur la confidentialité acceptée',
    linked: 'Demandes liées',
  },
  inquiryWorkflow: {
    moveTo: {
      draft: 'Revenir au brouillon',
      open: 'Ouvrir',
      'in-progress': 'Commencer le traitement',
      'awaiting-information': 'Attendre des informations',
      answered: 'Marquer comme répondue',
      closed: 'Clôturer',
      cancelled: 'Annuler',
      duplicate: 'Marquer comme doublon',
    },
    blockers: {
      'not-allowed': 'Impossible depuis ce statut.',
      'no-questions': 'Ajoutez d’abord au moins une question.',
      'safety-screen-missing': 'Répondez d’abord aux questions de sécurité.',
      'no-response': 'Enregistrez d’abord la réponse.',
      'unsolicited-confirmation-missing':
        'Hors AMM : confirmez d’abord que la demande était spontanée.',
      'request-solicited':
        'Hors AMM et suscitée par l’entreprise : elle ne doit pas recevoir de réponse.',
      'unsolicited-signature-invalid':
        'Hors AMM : la signature qui prouve la demande spontanée ne correspond plus.',
      'no-linked-inquiry': 'Liez d’abord la demande dont celle-ci est le doublon.',
    },
    final: 'Aucun autre statut.',
  },
  inquiryOffLabel: {
    title: 'AMM et hors AMM',
    approvedIn: '{{product}} : indications approuvées en {{country}}',
    notApproved: 'Non autorisé en {{country}} : tout usage y est hors AMM.',
    mark: 'La demande porte sur un usage en dehors de l’AMM en {{country}} (hors AMM)',
    medicalOnly:
      'Médical uniquement : la réponse est adressée au seul demandeur ; un délégué commercial qui l’a transmise ne la reçoit jamais.',
    unsolicited: 'Demande spontanée',
    notConfirmed: 'Pas encore confirmée comme spontanée : elle ne peut pas recevoir de réponse.',
    confirmed: 'Confirmée comme spontanée le {{time}} ({{method}}).',
    solicited: 'Enregistrée le {{time}} comme suscitée par l’entreprise : pas de réponse hors AMM.',
    initiatedBy: 'Qui est à l’origine de la demande',
    initiatedByOptions: {
      requester: 'Le demandeur, de sa propre initiative',
      company: 'Un employé de l’entreprise l’a suscitée',
    },
    referral: 'Transmission',
    referralOptions: {
      none: 'Aucune',
      'sales-representative': 'Transmise par un délégué commercial',
      msl: 'Transmise par un MSL',
    },
    referrerName: 'Nom de la personne qui l’a transmise',
    method: 'Preuve',
    methodOptions: {
      signature: 'La signature du demandeur',
      written: 'Une demande écrite au dossier',
      verbal: 'Une confirmation enregistrée par téléphone',
    },
    confirm: 'Enregistrer la confirmation',
  },
  inquiryResponses: {
    title: 'Réponses envoyées',
    none: 'Aucune réponse enregistrée.',
    line: '{{method}} le {{time}} par {{name}}',
    record: 'Enregistrer une réponse',
    method: 'Envoyée par',
    sentAt: 'Envoyée le',
    documents: 'Documents utilisés',
    recipient: { requester: 'Demandeur', 'referring-msl': 'MSL ayant transmis (copie)' },
    save: 'Enregistrer la réponse',
  },
  inquiryFollowUps: {
    title: 'Suivis',
    none: 'Aucun suivi pour l’instant.',
    channelLabel: 'Canal',
    channel: {
      phone: 'Téléphone',
      email: 'E-mail',
      letter: 'Courrier',
      'in-person': 'En personne',
      other: 'Autre',
    },
    directionLabel: 'Sens',
    direction: { outgoing: 'Nous l’avons contacté', incoming: 'Il nous a contactés' },
    note: 'Ce qui a été dit',
    add: 'Ajouter le suivi',
  },
  inquiryHistory: {
    title: 'Historique',
    when: 'Quand',
    who: 'Qui',
    action: 'Action',
    field: 'Champ',
    before: 'Avant',
    after: 'Après',
    actions: { create: 'Créé', update: 'Modifié', delete: 'Supprimé' },
    signatureImage: '[image de la signature]',
    empty: 'Aucun historique.',
  },
  linkDocuments: {
    open: 'Lier des documents',
    title: 'Documents approuvés et en vigueur',
    empty: 'Aucun document approuvé et en vigueur pour ce produit.',
    cancel: 'Annuler',
    done: 'Terminé',
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
