import type { MessageCatalog } from '../en/index';

export const booth = {
  booth: {
    title: 'Saisie au stand',
    noEvent:
      'Aucun événement en cours n’est choisi : les demandes du stand ne seront liées à aucun congrès.',
    openSettings: 'Choisir dans les paramètres',
    eventLine: '{{name}} · {{city}} · {{dates}}',
    draftFound: 'Une demande du stand non enregistrée ({{time}}) a été conservée.',
    continueDraft: 'La reprendre',
    discardDraft: 'L’abandonner',
    autosaved: 'Brouillon conservé {{time}}',
    autosaveFailed: 'Le brouillon n’a pas pu être conservé : {{message}}',
    sections: {
      requester: 'Demandeur',
      questions: 'Produit et questions',
      request: 'Réponse, consentement et confidentialité',
      safety: 'Questions de sécurité',
      signature: 'Signature',
    },
    requesterType: 'Type de demandeur',
    name: 'Nom',
    specialty: 'Profession / spécialité',
    institution: 'Établissement',
    country: 'Pays',
    email: 'E-mail',
    phone: 'Téléphone',
    preferredLanguage: 'Langue souhaitée',
    product: 'Produit',
    questionText: 'Question {{number}}',
    category: 'Catégorie',
    chooseCategory: 'Choisir une catégorie',
    addQuestion: 'Ajouter une question',
    removeQuestion: 'Retirer la question {{number}}',
    urgency: 'Urgence',
    responseMethod: 'Réponse souhaitée',
    privacyNoticeText:
      'Information sur la confidentialité : vos nom et coordonnées servent uniquement à répondre à cette demande et à remplir nos obligations légales (par exemple la déclaration d’effets indésirables). Vous pouvez à tout moment en demander l’accès ou l’effacement.',
    privacyNotice: 'Le demandeur a lu l’information sur la confidentialité',
    consentToContact: 'Le demandeur accepte d’être contacté pour la réponse',
    isOffLabel: 'La question porte sur un usage en dehors de l’AMM (hors AMM)',
    isUnsolicited: 'Le demandeur a posé la question de sa propre initiative (demande spontanée)',
    printedName: 'Nom du signataire en capitales',
    padLabel: 'Zone de signature : signer du doigt, au stylet ou à la souris',
    sign: 'Signer',
    clear: 'Effacer',
    completeBeforeSigning:
      'Complétez les champs ci-dessus avant de signer : la signature les couvre.',
    lockedHint:
      'Signé : les informations signées sont verrouillées. Les modifier exige une nouvelle signature ; les deux restent enregistrées.',
    unlock: 'Modifier les informations signées',
    save: 'Enregistrer et commencer la suivante (Ctrl+Entrée)',
    saved: 'Enregistrée sous {{reference}}.',
    openSaved: 'Ouvrir',
    saveFailed:
      'La demande n’a pas pu être enregistrée ; toute la saisie est conservée en brouillon. {{message}}',
    fixErrors: 'Certains champs demandent votre attention : voir les messages à côté.',
  },
  inquiryFormErrors: {
    required: 'Obligatoire',
    tooLong: 'Trop long',
    requesterTypeRequired: 'Choisissez le type de demandeur',
    countryRequired: 'Choisissez un pays',
    countryCode: 'Saisissez un code pays à deux lettres, par ex. FR',
    email: 'Saisissez une adresse e-mail valide, par ex. nom@example.org',
    phone: 'Saisissez un numéro de 6 à 20 chiffres, par ex. +33 1 23 45 67 89',
    languageRequired: 'Choisissez une langue',
    productRequired: 'Choisissez le produit',
    questionRequired: 'Saisissez la question',
    categoryRequired: 'Choisissez une catégorie',
    answerRequired: 'Répondez par oui ou par non',
    privacyRequired: 'L’information sur la confidentialité doit être acceptée',
    emailForResponse: 'Une réponse par e-mail exige une adresse e-mail',
    phoneForResponse: 'Une réponse orale exige un numéro de téléphone',
    institutionForLetter:
      'Un courrier exige l’établissement, ou choisissez un autre mode de réponse',
    unsolicitedRequired:
      'Une question hors AMM n’est enregistrée que si le demandeur l’a posée de sa propre initiative',
    signatureRequired: 'Le demandeur doit signer pour confirmer sa demande',
    signAgain: 'Les informations signées ont changé : le demandeur doit signer à nouveau',
    padEmpty: 'Signez d’abord',
    printedNameRequired: 'Saisissez le nom du signataire',
    date: 'Saisissez une date',
    endBeforeStart: 'Le dernier jour précède le premier jour',
  },
  inquiryDuplicates: {
    title: 'Cela ressemble à une demande antérieure',
    line: 'reçue {{date}} · {{status}} · même {{matchedOn}} · question similaire à {{similarity}} %',
    matchedOn: { email: 'e-mail', name: 'nom' },
    link: 'La lier',
    linked: 'Liée',
    continue: 'Continuer sans lier',
  },
  inquiryScreening: {
    found: 'Le contrôle a trouvé de possibles informations de sécurité',
    more_one: 'et {{count}} de plus',
    more_other: 'et {{count}} de plus',
    'adverse-event': 'Événement indésirable',
    'product-complaint': 'Réclamation produit',
    special: {
      pregnancy: 'Grossesse',
      breastfeeding: 'Allaitement',
      overdose: 'Surdosage',
      abuse: 'Abus',
      misuse: 'Mésusage',
      'medication-error': 'Erreur médicamenteuse',
      'off-label-use': 'Utilisation hors AMM',
      'occupational-exposure': 'Exposition professionnelle',
      'lack-of-efficacy': 'Manque d’efficacité',
      'drug-interaction': 'Interaction médicamenteuse',
      counterfeit: 'Suspicion de contrefaçon',
      'infection-transmission': 'Transmission d’un agent infectieux',
    },
  },
  inquirySafety: {
    title: 'Contrôle de sécurité',
    hasAdverseEvent: 'Ce contact mentionne-t-il un événement indésirable ?',
    hasQualityComplaint: 'Mentionne-t-il une réclamation sur la qualité du produit ?',
    hasSpecialSituation:
      'Mentionne-t-il une situation particulière (grossesse ou allaitement, surdosage, abus ou mésusage, erreur médicamenteuse, usage hors AMM, manque d’efficacité, interaction) ?',
    yes: 'Oui',
    no: 'Non',
    screeningSuggests:
      'Le contrôle des questions suggère : {{kinds}}. Vérifiez les réponses ci-dessous.',
    required: 'Pas encore répondu : la demande ne peut pas être traitée avant.',
    answeredAt: 'Répondu {{time}}',
    save: 'Enregistrer les réponses',
  },
  hcpSignatureMeaning: {
    'request-confirmation':
      'Je confirme demander une information médicale sur les questions ci-dessus.',
    'unsolicited-request':
      'Je confirme avoir posé ces questions de ma propre initiative et demander une information médicale à leur sujet.',
  },
  hcpSignature: {
    title: 'Signatures',
    none: 'Aucune signature.',
    imageOf: 'Signature de {{name}}',
    witnessedBy: 'Recueillie par {{name}}',
    state: {
      valid: 'Valide',
      'content-changed': 'Ne correspond plus : les informations signées ont changé',
      'missing-image': 'Image manquante',
      'not-authentic':
        'Non authentique : la signature a été modifiée ou appartient à un autre contenu',
    },
  },
} satisfies Pick<
  MessageCatalog,
  | 'booth'
  | 'inquiryFormErrors'
  | 'inquiryDuplicates'
  | 'inquiryScreening'
  | 'inquirySafety'
  | 'hcpSignatureMeaning'
  | 'hcpSignature'
>;
