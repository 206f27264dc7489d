import type { MessageCatalog } from '../en/index';

/** Textes français : import et codage MedDRA, export E2B, accusé de réception PV, relances. */
export const safetyWorkflow = {
  safetyWorkflow: {
    meddra: {
      title: 'Dictionnaire MedDRA',
      help: 'Importez la version MedDRA sous licence de votre entreprise (fichiers ASCII : llt.asc, pt.asc et meddra_release.asc) pour coder les réactions LLT → PT. Sans elle, les réactions restent telles que rapportées.',
      none: 'Aucune version MedDRA sur cet appareil.',
      current:
        'MedDRA {{version}} ({{language}}) : {{lowLevelTerms}} LLT, {{preferredTerms}} PT, importée le {{time}}',
      chooseFiles: 'Choisir les fichiers de la version',
      importing: 'Lecture de la version…',
      imported: 'MedDRA {{version}} importée.',
      missingFiles: 'Choisissez llt.asc et pt.asc (et meddra_release.asc pour la version).',
      notAllowed: 'Un administrateur ou la PV peut importer la version.',
      fieldLabel: 'Terme MedDRA (LLT)',
      noRelease:
        'Non codé : aucune version MedDRA sur cet appareil (Paramètres → Dictionnaire MedDRA).',
      loading: 'Chargement de MedDRA…',
      noMatch: 'Aucun LLT actuel ne correspond',
      coded: 'PT {{ptName}} ({{ptCode}}) · LLT {{lltName}} ({{lltCode}}) · MedDRA {{version}}',
      otherVersion: 'Codé avec MedDRA {{version}} ; cet appareil a la {{current}}.',
    },
    e2b: {
      download: 'Enregistrer le XML E2B(R3)',
      saved: 'Message E2B(R3) enregistré sous {{name}}.',
      notReady:
        'Pas encore de message E2B(R3) pour ce cas. Envoyez-le à la PV sous forme de formulaire CIOMS, qui liste ce qui manque :',
    },
    lifecycle: {
      title: 'Cycle de vie',
      steps: {
        flagged: 'Saisi',
        forwarded: 'Transmis à la PV',
        acknowledged: 'Accusé de réception PV',
        reconciled: 'Rapproché',
      },
      pvCase: 'Cas PV {{id}}',
      pending: 'Pas encore',
      acknowledge: 'Saisir l’accusé de réception PV',
      reconcile: 'Marquer comme rapproché',
      acknowledgeTitle: 'Accusé de réception PV',
      acknowledgeHelp:
        'Saisissez le numéro de cas attribué par la PV et le moment de son accusé de réception.',
      reconcileTitle: 'Rapprochement',
      reconcileHelp:
        'Confirmez que le cas de la PV correspond à ce rapport (notificateur, patient, produits, réactions).',
      pvCaseId: 'Numéro de cas PV',
      occurredAt: 'Quand',
    },
    attempts: {
      log: 'Saisir une relance',
      title: 'Relance',
      topics: 'Informations demandées',
      channel: 'Moyen',
      outcome: 'Résultat',
      note: 'Note',
      when: 'Quand',
      history: 'Relances effectuées',
      entry: '{{time}} · {{channel}} · {{outcome}}',
      channels: {
        phone: 'Téléphone',
        email: 'E-mail',
        letter: 'Courrier',
        fax: 'Fax',
        visit: 'Visite',
      },
      outcomes: {
        'no-response': 'Pas de réponse',
        'information-obtained': 'Information obtenue',
        'partially-obtained': 'Obtenue en partie',
        declined: 'Refusé',
      },
    },
    due: {
      title: 'Déclarations de sécurité à transmettre',
      none: 'Toutes les déclarations de sécurité ont été transmises.',
    },
    screen: {
      reason: {
        'adverse-event': 'Pourquoi n’est-ce pas un événement indésirable ?',
        'product-complaint': 'Pourquoi n’est-ce pas une réclamation produit ?',
        'special-situation': 'Pourquoi n’est-ce pas une situation particulière ?',
      },
      reasonShort: 'Indiquez une raison d’au moins 5 caractères',
      unexplained:
        'Le filtrage a signalé ce texte, mais la réponse est « non » : indiquez la raison, elle est tracée.',
      dismissed: 'Écarté ({{kind}}) {{time}} : {{reason}}',
    },
    inquiry: {
      title: 'Déclarations de sécurité de cette demande',
      openAdverseEvent: 'Ouvrir une déclaration d’EI',
      openComplaint: 'Ouvrir une réclamation produit',
      answerYes:
        'Une information de sécurité a été signalée : ouvrez une déclaration pour qu’elle parvienne à temps à la PV.',
    },
  },
} satisfies Pick<MessageCatalog, 'safetyWorkflow'>;
