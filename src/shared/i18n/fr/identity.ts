import type { MessageCatalog } from '../en/index';

/** French messages: identity (accounts, sign-in, lock, e-signatures, personal data). */
export const identity = {
  identity: {
    firstRun: {
      title: 'Bienvenue dans MedInfo Desk',
      intro: 'Personne n’a encore de compte sur cet ordinateur portable.',
      createTitle: 'Créer votre compte',
      createIntro:
        'Vous êtes la première personne sur cet ordinateur : en plus de votre propre travail, votre compte gère les comptes des collègues qui le partagent.',
      create: 'Créer le compte et se connecter',
      creatingKeys: 'Création de vos clés…',
      demoTitle: 'Découvrir la démo',
      demoIntro:
        'Essayez tout avec Halvorsen Pharma, une entreprise fictive avec cinq collègues de démonstration. Leur mot de passe figure sur l’écran de connexion.',
      demoWarning: 'Ne saisissez jamais de données réelles dans la démo.',
      explore: 'Découvrir la démo',
      preparingDemo: 'Préparation de l’entreprise de démonstration…',
    },
    signIn: {
      title: 'Connexion',
      intro:
        'Les données personnelles de cet ordinateur restent chiffrées tant que vous n’êtes pas connecté.',
      lockedTitle: 'Verrouillé',
      lockedIntro:
        '{{name}} était connecté(e). Saisissez le mot de passe pour continuer, ou changez d’utilisateur.',
      whoAreYou: 'Qui êtes-vous ?',
      accounts: 'Comptes de cet ordinateur',
      submit: 'Se connecter',
      switchUser: 'Changer d’utilisateur',
      checking: 'Vérification du mot de passe…',
      retryIn_one: 'Réessayez dans {{count}} seconde.',
      retryIn_other: 'Réessayez dans {{count}} secondes.',
      demoHint: 'Démo : le mot de passe de tous les comptes de démonstration est',
    },
    account: {
      displayName: 'Nom complet',
      displayNameHelp: 'Imprimé avec votre signature',
      nameRequired: 'Saisissez le nom complet',
      username: 'Identifiant',
      usernameHelp:
        'Ce que vous saisissez pour vous connecter et pour signer, p. ex. maja.lindqvist',
      usernameInvalid: 'De 2 à 40 lettres, chiffres, points, traits d’union ou tirets bas',
      jobTitle: 'Fonction',
      email: 'E-mail',
      role: 'Rôle',
    },
    password: {
      label: 'Mot de passe',
      choose: 'Choisissez un mot de passe',
      initial: 'Premier mot de passe (la personne le changera)',
      current: 'Mot de passe actuel',
      new: 'Nouveau mot de passe',
      again: 'Le même mot de passe une seconde fois',
      policy: 'Au moins 12 caractères ; quelques mots font un bon mot de passe',
      mismatch: 'Les deux mots de passe diffèrent',
      show: 'Afficher le mot de passe',
      hide: 'Masquer le mot de passe',
    },
    passwordProblem: {
      'too-short': 'Le mot de passe doit compter au moins 12 caractères.',
      'too-long': 'Le mot de passe peut compter au plus 1024 caractères.',
      'contains-user-id': 'Le mot de passe ne doit pas contenir l’identifiant.',
    },
    role: {
      'field-officer': 'Chargé(e) terrain',
      'mi-specialist': 'Spécialiste IM',
      'content-approver': 'Approbation des contenus',
      'pv-liaison': 'Correspondant(e) PV',
      admin: 'Administration',
    },
    roleDescription: {
      'field-officer':
        'Saisit et traite ses propres demandes, saisit les déclarations de sécurité, consulte la bibliothèque',
      'mi-specialist': 'Traite les demandes de l’équipe et relit les réponses personnalisées',
      'content-approver': 'Rédige et approuve les documents de la bibliothèque',
      'pv-liaison': 'Voit et accuse réception des déclarations de sécurité et des réclamations',
      admin: 'Gère utilisateurs, appareils et paramètres ; aucun accès aux demandes',
    },
    meaning: {
      authored: 'Rédigé',
      reviewed: 'Relu',
      approved: 'Approuvé',
      sent: 'Envoyé',
      acknowledged: 'Reçu',
      confirmed: 'Confirmé',
      'request-confirmation': 'Demande confirmée par le demandeur',
      'unsolicited-request': 'Demande spontanée confirmée par le demandeur',
    },
    errors: {
      wrongPassword: 'L’identifiant ou le mot de passe est incorrect.',
      delayed: 'Trop de mots de passe incorrects à la suite.',
      disabled: 'Ce compte est désactivé. Adressez-vous à l’administration.',
      noPassword:
        'Ce compte n’a pas de mot de passe sur cet ordinateur. Demandez à l’administration d’en définir un.',
      damagedKey:
        'Le mot de passe est correct, mais la copie de la clé de ce compte est endommagée. Connectez-vous avec un autre compte ou faites réinitialiser le mot de passe.',
      usernameTaken: 'L’identifiant {{username}} est déjà pris.',
      notPermitted: 'Vous n’êtes pas autorisé(e) à faire cela.',
      hasAccounts: 'Cet ordinateur a déjà des comptes : connectez-vous.',
      wrongSigner: 'Vous ne pouvez signer qu’en votre nom : saisissez votre propre identifiant.',
      signedLocked: 'Ce contenu est signé : toute modification exige une nouvelle signature.',
      unexpected: 'Une erreur s’est produite : {{message}}',
    },
    menu: {
      lock: 'Verrouiller',
      switchUser: 'Changer d’utilisateur',
      security: 'Mot de passe et verrouillage',
      signOut: 'Se déconnecter',
    },
    signature: {
      title: 'Signature électronique',
      manifest:
        'Signé par {{name}} – signification : {{meaning}} – avec la date et l’heure de ce jour.',
      binding:
        'Votre signature est liée à exactement ce contenu ; toute modification ultérieure exige une nouvelle signature. Elle a la même valeur juridique que votre signature manuscrite.',
      sign: 'Signer',
      cancel: 'Annuler',
    },
    handwritten: {
      title: 'Signature à l’écran',
      signerName: 'Nom de la personne qui signe',
      pad: 'Zone de signature : signez avec la souris, un stylet ou le doigt',
      witness: 'Témoin : {{name}} – signification : {{meaning}}.',
      clear: 'Effacer',
      confirm: 'Confirmer la signature',
    },
    users: {
      title: 'Utilisateurs et rôles',
      notPermitted: 'Seules les personnes qui gèrent les comptes de cet ordinateur les voient ici.',
      newAccount: 'Nouveau compte',
      create: 'Créer le compte',
      status: 'Statut',
      active: 'Actif',
      disabled: 'Désactivé',
      managesAccounts: 'Gère les comptes',
      passwordChanged: 'Mot de passe défini',
      actions: 'Modifications',
      disable: 'Désactiver',
      enable: 'Activer',
      resetPassword: 'Définir un nouveau mot de passe',
      resetTitle: 'Nouveau mot de passe pour {{name}}',
      resetIntro:
        'Les signatures antérieures de la personne restent valables ; elle reçoit une nouvelle clé de signature. Communiquez-lui le mot de passe en personne.',
      grantStatement: 'Créer le compte de {{name}} avec le rôle {{role}}.',
      roleStatement: 'Attribuer à {{name}} le rôle {{role}}.',
      disableStatement: 'Désactiver le compte de {{name}}.',
      enableStatement: 'Réactiver le compte de {{name}}.',
    },
    security: {
      title: 'Mot de passe et verrouillage',
      changePassword: 'Changer le mot de passe',
      passwordChanged: 'Votre mot de passe est changé.',
      lockTitle: 'Verrouillage automatique',
      lockIntro:
        'L’application se verrouille après ce nombre de minutes sans saisie, et aussitôt quand l’ordinateur se met en veille ou que l’écran se verrouille. Ctrl+L verrouille à tout moment.',
      idleMinutes: 'Minutes sans saisie',
      idleRange: 'De 1 à 60 minutes',
      save: 'Enregistrer',
      lockSaved_one: 'L’application se verrouille désormais après {{count}} minute sans saisie.',
      lockSaved_other: 'L’application se verrouille désormais après {{count}} minutes sans saisie.',
      fastTitle: 'Déverrouillage rapide sur cet ordinateur',
      fastIntro:
        'Conserve la clé des données de cet ordinateur dans le stockage protégé du système d’exploitation, pour un déverrouillage instantané. Pour signer, votre mot de passe reste vérifié entièrement.',
      fastOn: 'Activer le déverrouillage rapide',
      fastOff: 'Désactiver le déverrouillage rapide',
      fastUnavailable: {
        browser: 'Le déverrouillage rapide nécessite l’application de bureau.',
        'plaintext-backend':
          'Cet ordinateur stocke ces secrets sans réelle protection (pas de trousseau) : le déverrouillage rapide n’est pas proposé.',
        'no-encryption':
          'Le système d’exploitation n’offre pas de stockage protégé à cet utilisateur.',
      },
    },
    holdings: {
      title: 'Ce que contient cet ordinateur',
      intro:
        'Données personnelles des demandeurs et des patients sur cet ordinateur. Elles sont chiffrées au repos et lisibles seulement lorsqu’une personne est connectée.',
      inquiries: 'Demandes avec données personnelles',
      oldest: 'La plus ancienne',
      purged: 'Demandes dont les données personnelles ont été effacées ici',
      signatures: 'Signatures tracées à l’écran',
      drafts: 'Formulaires inachevés',
      auditEvents: 'Entrées d’audit avec modifications personnelles',
      unsynced: 'Modifications pas encore sur le serveur',
      unsyncedDetail: '{{total}}, dont {{personal}} avec des données personnelles',
      sealing: 'Modifications en attente',
      sealed_one: '{{count}} scellée pour le serveur',
      sealed_other: '{{count}} scellées pour le serveur',
      waitingForKey_one: '{{count}} chiffrée ici, scellée dès que le serveur est connu',
      waitingForKey_other: '{{count}} chiffrées ici, scellées dès que le serveur est connu',
      accounts: 'Comptes',
      unprotected_one:
        '{{count}} demande antérieure au chiffrement n’est pas encore protégée : reconnectez-vous pour la protéger.',
      unprotected_other:
        '{{count}} demandes antérieures au chiffrement ne sont pas encore protégées : reconnectez-vous pour les protéger.',
      findPerson: 'Trouver les données d’une personne',
      personQuery: 'Nom, mots d’une question ou adresse e-mail exacte',
      indexBuilding: 'L’index de recherche est en cours de construction…',
      indexReady_one: 'Recherche dans {{count}} demande, en mémoire uniquement',
      indexReady_other: 'Recherche dans {{count}} demandes, en mémoire uniquement',
      matches: 'Demandes concernant cette personne',
      noMatches: 'Rien sur cet ordinateur ne correspond.',
    },
    settings: {
      title: 'Sécurité et données personnelles',
      usersHelp: 'Créer des comptes, changer les rôles, désactiver des comptes',
      securityHelp: 'Changer votre mot de passe, verrouillage automatique, déverrouillage rapide',
      holdingsHelp:
        'Données personnelles sur cet ordinateur, et ce qui n’est pas encore synchronisé',
    },
  },
} satisfies Pick<MessageCatalog, 'identity'>;
