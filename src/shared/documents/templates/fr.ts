import type { Addressee, DocumentTemplate } from './template';

/** The formal French address: "Docteur" for physicians, otherwise "Madame, Monsieur". */
function formalAddress({ type }: Addressee): string {
  return type === 'physician' ? 'Docteur' : 'Madame, Monsieur';
}

/** French. */
export const frenchTemplate: DocumentTemplate = {
  language: 'fr',
  labelSeparator: '\u00a0: ',
  page: {
    pageOf: (current, total) => `Page ${current} sur ${total}`,
    reference: (reference) => `Notre référence ${reference}`,
  },
  letter: {
    documentTitle: "Réponse à votre demande d'information médicale",
    subject: (product) => `Votre demande concernant ${product}`,
    dateLabel: 'Date',
    ourReferenceLabel: 'Notre référence',
    yourEnquiryLabel: 'Votre demande du',
    salutation: (addressee) => `${formalAddress(addressee)},`,
    introduction: (product, enquiryDate) =>
      `Nous vous remercions de votre demande du ${enquiryDate} concernant ${product}. Votre question\u00a0:`,
    answerHeading: 'Notre réponse',
    referencesHeading: 'Références',
    enclosuresHeading: 'Pièces jointes',
    furtherQuestions: (contact) =>
      `Pour toute autre question, n'hésitez pas à contacter l'Information médicale\u00a0: ${contact}.`,
    closing: (addressee) =>
      `Nous vous prions d'agréer, ${formalAddress(addressee)}, l'expression de nos salutations distinguées.`,
    patientAdvice:
      "Ces informations ne remplacent pas l'avis de votre médecin. Parlez-en à votre médecin ou à votre pharmacien avant de modifier votre traitement, et signalez-leur tout effet indésirable.",
    professionalContentForPatient:
      'Une partie de ces informations a été rédigée pour les professionnels de santé. Votre médecin ou votre pharmacien peut vous expliquer ce qu’elles signifient pour vous.',
    sourceDocuments: (list) => `Établie à partir des documents approuvés\u00a0: ${list}.`,
    documentVersion: (reference, version) => `${reference} version ${version}`,
    notReviewedWatermark: 'BROUILLON – NON RELU',
    unsignedWatermark: 'BROUILLON',
    recipientFallback: 'Madame, Monsieur',
  },
  offLabel: {
    banner: "Réponse à une demande spontanée d'information médicale",
    heading: "Important\u00a0: l'utilisation demandée n'est pas autorisée",
    statement: (product, country, company) =>
      `L'utilisation de ${product} qui fait l'objet de votre demande ne figure pas dans l'information produit autorisée (pays d'autorisation\u00a0: ${country}). ${company} ne recommande pas l'utilisation de ses médicaments en dehors de leur autorisation de mise sur le marché.`,
    unsolicited:
      "Ces informations vous sont communiquées uniquement en réponse à votre demande spontanée, à titre personnel, et n'ont pas pour objet de promouvoir une utilisation.",
    approvedIndicationsHeading: (product, country) =>
      `Indications autorisées de ${product} (${country})`,
    safetyHeading: 'Informations de sécurité importantes',
    prescribingInformation: (product) =>
      `Résumé des caractéristiques du produit (RCP) de ${product}`,
    footerMark: 'Demande spontanée',
  },
  signature: {
    signedBy: 'Signé électroniquement par',
    signedAt: 'Date et heure',
    meaning: 'Signification de la signature',
    boundTo: 'Contenu signé (SHA-256)',
    meanings: {
      'response-released':
        'Responsable de cette réponse\u00a0: rédigée à partir de contenus approuvés et envoyée au demandeur',
      'custom-response-reviewed': "A relu cette réponse personnalisée et en a approuvé l'envoi",
      'request-confirmed':
        "Confirme cette demande d'information médicale telle qu'enregistrée ci-dessus",
    },
  },
  receipt: {
    documentTitle: "Demande d'information médicale – accusé de réception",
    introduction:
      'Merci pour votre question. Cet accusé de réception confirme ce que vous nous avez demandé et la suite donnée à votre demande.',
    requestHeading: 'Votre demande',
    referenceLabel: 'Référence',
    receivedLabel: 'Reçue le',
    eventLabel: 'Événement',
    requesterHeading: 'Vos coordonnées',
    nameLabel: 'Nom',
    professionLabel: 'Profession',
    specialtyLabel: 'Spécialité',
    institutionLabel: 'Établissement',
    emailLabel: 'E-mail',
    phoneLabel: 'Téléphone',
    addressLabel: 'Adresse',
    countryLabel: 'Pays',
    productLabel: 'Produit',
    questionsHeading: 'Vos questions',
    responseMethodLabel: 'Réponse par',
    unsolicitedConfirmed:
      'Vous avez confirmé avoir posé ces questions de votre propre initiative (demande spontanée).',
    signatureHeading: 'Votre signature',
    privacyHeading: 'Protection des données',
    privacyNotice: (company) =>
      `${company} utilise vos données uniquement pour répondre à votre demande, pour tenir le registre des demandes d'information médicale exigé par la loi et pour respecter ses obligations de pharmacovigilance si vous nous avez signalé un effet indésirable. Elles ne sont jamais utilisées à des fins promotionnelles ni communiquées aux équipes commerciales. Vous pouvez demander à y accéder, à les rectifier ou à les effacer auprès de l'Information médicale.`,
    nextStepsHeading: 'La suite',
    nextSteps: (method, dueDate) =>
      `Un membre de notre équipe d'Information médicale vous répondra ${{ letter: 'par courrier', email: 'par e-mail', verbal: 'par téléphone' }[method]}${dueDate ? `, au plus tard le ${dueDate}` : ''}. Merci de rappeler la référence ci-dessus si vous nous contactez au sujet de cette demande.`,
    contactLine: (contact) => `Information médicale\u00a0: ${contact}`,
    requesterTypes: {
      physician: 'Médecin',
      pharmacist: 'Pharmacien(ne)',
      nurse: 'Infirmier/infirmière',
      'other-hcp': 'Autre professionnel de santé',
      patient: 'Patient(e)',
      caregiver: 'Aidant(e)',
      payer: 'Payeur',
      other: 'Autre',
    },
    responseMethods: { letter: 'Courrier', email: 'E-mail', verbal: 'Téléphone' },
  },
  booklet: {
    defaultTitle: 'Information médicale\u00a0: réponses approuvées',
    contents: 'Sommaire',
    internalUse:
      'Réservé à la formation interne et à la préparation du stand. Ne pas diffuser\u00a0: chaque demande reçoit sa propre lettre de réponse.',
    preparedOn: (date) => `Compilé le ${date}`,
    documentDetails: (version, effective, review) =>
      `Version ${version} · approuvée · en vigueur le ${effective} · révision avant le ${review}`,
    summaryHeading: 'Résumé',
    kinds: { srd: 'Réponse standard', faq: 'Question fréquente' },
    audiences: { hcp: 'Pour les professionnels de santé', patient: 'Pour les patients' },
  },
  email: {
    body: (salutation, reference, company) =>
      `${salutation}\n\nVous trouverez ci-joint notre réponse à votre demande (notre référence ${reference}).\n\nVeuillez agréer nos salutations distinguées.\nInformation médicale\n${company}\n`,
  },
};
