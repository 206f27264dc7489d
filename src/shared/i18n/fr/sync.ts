/** French messages: sync (status, needs attention, conflicts, server settings). */
export const sync = {
  sync: {
    title: 'Synchronisation',
    syncNow: 'Synchroniser maintenant',
    status: {
      reachable: 'Serveur joignable',
      unreachable: 'Serveur injoignable',
      notConnected: 'Non connecté',
      needsAttention_one: '{{count}} demande votre attention',
      needsAttention_other: '{{count}} demandent votre attention',
      details: 'Détails de la synchronisation',
    },
    phase: {
      'signed-out': 'Non connecté à un serveur : les modifications restent sur cet appareil.',
      'demo-store':
        'Données de démonstration : ce stockage n’est jamais synchronisé avec un serveur d’entreprise.',
      idle: 'À jour.',
      syncing: 'Synchronisation…',
      offline:
        'Hors ligne : les modifications attendent ici et partiront dès que le serveur sera joignable.',
      retrying: 'Le serveur a répondu par une erreur ; nouvel essai sous peu.',
      'needs-sign-in':
        'Reconnectez-vous : le serveur n’accepte plus cet appareil. Rien n’est perdu.',
      'upgrade-required':
        'Mettez l’application à jour pour synchroniser : le serveur exige la version {{version}} ou plus récente.',
    },
    phaseShort: {
      'signed-out': 'Non connecté',
      'demo-store': 'Démonstration, non synchronisé',
      idle: 'Synchronisé',
      syncing: 'Synchronisation…',
      offline: 'En attente du serveur',
      retrying: 'Nouvel essai',
      'needs-sign-in': 'Reconnexion requise',
      'upgrade-required': 'Mise à jour requise',
    },
    lastError: 'Dernier problème : {{message}}',
    nextAttempt: 'Prochain essai : {{time}}',
    stuck:
      'Des modifications attendent depuis longtemps sans progrès. Vérifiez la connexion ou contactez le support.',
    clockSkew: 'L’horloge de cet ordinateur diffère de celle du serveur de {{minutes}} minutes.',
    signedInAs: 'Connecté en tant que {{name}} ({{role}}) sur {{server}}',
    issues: {
      title: 'Demande votre attention',
      empty: 'Rien ne demande votre attention.',
      record: 'Enregistrement',
      problem: 'Problème',
      since: 'Depuis',
      resolve: 'Résoudre',
      discard: 'Abandonner ma modification',
      view: 'Détails',
    },
    issueKind: {
      rejected: 'Refusé par le serveur',
      conflict: 'Conflit',
      unreadable: 'Illisible',
    },
    reason: {
      'unsealed-personal-data':
        'Le serveur n’accepte les données personnelles que scellées pour lui ; cette modification a été envoyée sans l’être.',
      'immutable-forwarded-report':
        'Ce rapport de sécurité a déjà été transmis et ne peut plus changer. Enregistrez la correction comme rapport de suivi.',
      forbidden: 'Vous ne pouvez pas modifier cet enregistrement.',
      'invalid-record': 'Le serveur a jugé l’enregistrement invalide.',
      'unknown-table':
        'Le serveur ne connaît pas ce type d’enregistrement (mettez le serveur à jour).',
      unsendable: 'Cette modification n’a pas pu être envoyée sous cette forme.',
      other: 'Le serveur a refusé la modification.',
    },
    table: {
      inquiries: 'Demande',
      products: 'Produit',
      documents: 'Document de la bibliothèque',
      events: 'Congrès',
      safetyReports: 'Rapport de sécurité',
      safetyAcknowledgements: 'Accusé de réception de la PV',
      letters: 'Lettre',
    },
    conflict: {
      title: 'Résoudre un conflit',
      intro:
        'Quelqu’un d’autre a modifié les mêmes champs depuis votre dernière synchronisation. Choisissez ce que l’enregistrement conserve ; rien n’est perdu avant votre décision.',
      field: 'Champ',
      serverValue: 'Valeur du serveur',
      myValue: 'Ma valeur',
      edit: 'Modifier',
      editLabel: 'Valeur pour {{field}}',
      wholeRecord: 'L’enregistrement entier',
      deleted: '(supprimé)',
      absent: '(vide)',
      save: 'Enregistrer la résolution',
      saved: 'Résolution enregistrée ; elle sera synchronisée ensuite.',
      invalid: 'Cette valeur n’est pas valide ici : {{message}}',
      notJson: 'Saisissez un JSON valide pour ce champ.',
      gone: 'Ce conflit a déjà été traité.',
      back: 'Retour à la synchronisation',
      rejectedTitle: 'Une modification refusée',
      sentValue: 'Ce qui a été envoyé',
    },
    trails: {
      title: 'Rapports de sécurité sur cet appareil',
      empty: 'Aucun rapport de sécurité sur cet appareil.',
      report: 'Rapport',
      awareness: 'Jour 0',
      forwarded: 'Transmis (réception par le serveur)',
      acknowledged: 'Accusé de réception de la PV',
      notYet: 'Pas encore',
      caseId: 'Cas {{caseId}}, {{time}}',
    },
    settings: {
      title: 'Serveur de synchronisation',
      serverUrl: 'URL du serveur',
      serverUrlHelp: 'Par exemple https://medinfo.example.com',
      deviceName: 'Nom de l’appareil',
      deviceNameHelp:
        'Ce que les administrateurs voient de cet ordinateur, p. ex. « Portable du stand 3 ».',
      saveServer: 'Enregistrer le serveur',
      serverSaved: 'Serveur enregistré.',
      serverDeclined: 'Le nouveau serveur n’a pas été autorisé ; rien n’a changé.',
      invalidUrl: 'Saisissez une URL de serveur comme https://medinfo.example.com',
      invalidDeviceName: 'Saisissez un nom d’appareil de 1 à 100 caractères.',
      username: 'Nom d’utilisateur',
      password: 'Mot de passe',
      signIn: 'Se connecter',
      signOut: 'Se déconnecter',
      signingIn: 'Connexion…',
      signedIn: 'Connecté.',
      signedOut: 'Déconnecté. Les enregistrements du serveur ont été retirés de cet appareil.',
      configureFirst: 'Enregistrez d’abord un serveur.',
      wrongCredentials: 'Nom d’utilisateur ou mot de passe incorrect.',
      tooManyAttempts: 'Trop de tentatives ; réessayez plus tard.',
      unreachable: 'Le serveur est injoignable : {{message}}',
      failed: 'La connexion a échoué : {{message}}',
      refused: {
        'account-mismatch':
          'Ce compte du serveur n’appartient pas à la personne connectée ici. Rien n’a été modifié.',
        'demo-store':
          'Ce stockage contient l’entreprise fictive de démonstration. Retirez d’abord les données de démonstration.',
        'different-user':
          'Des modifications de l’utilisateur précédent ne sont pas encore synchronisées. Connectez-vous en tant que cet utilisateur, ou exportez les modifications et déconnectez-vous d’abord.',
        'invalid-server-url': 'Saisissez une URL de serveur comme https://medinfo.example.com',
        'unsynced-data':
          'Certaines modifications n’existent que sur cet appareil. Exportez-les avant de vous déconnecter.',
      },
      mismatch: {
        'no-local-account':
          'Votre compte ne se trouve plus sur cet ordinateur. Redémarrez l’application, créez votre compte, puis connectez-vous au serveur.',
        username:
          'Le compte du serveur « {{serverUsername}} » n’est pas le vôtre : vous êtes connecté ici en tant que « {{localUsername}} ». Connectez-vous au serveur avec votre propre compte. Rien n’a été modifié.',
        role: 'Votre rôle sur le serveur ({{serverRole}}) diffère de votre rôle sur cet ordinateur ({{localRole}}). Demandez à un administrateur de les harmoniser. Rien n’a été modifié.',
        'linked-elsewhere':
          'Votre compte « {{localUsername}} » sur cet ordinateur est lié à un autre compte du serveur. Connectez-vous avec ce compte ou adressez-vous à un administrateur. Rien n’a été modifié.',
        'server-account-taken':
          'Le compte du serveur « {{serverUsername}} » est déjà lié à un autre compte de cet ordinateur ({{otherUsername}}). Rien n’a été modifié.',
      },
      unsyncedWarning_one:
        '{{count}} modification n’existe que sur cet appareil. La déconnexion la supprime si vous ne l’exportez pas d’abord.',
      unsyncedWarning_other:
        '{{count}} modifications n’existent que sur cet appareil. La déconnexion les supprime si vous ne les exportez pas d’abord.',
      exportUnsynced: 'Exporter les modifications non synchronisées',
      exportTitle: 'Exporter les modifications non synchronisées, chiffrées',
      exportIntro:
        'Le fichier est chiffré avec ce mot de passe (AES-GCM, clé dérivée par PBKDF2). Conservez le mot de passe séparément du fichier.',
      exportPassword: 'Mot de passe de l’export (12 caractères au moins)',
      exportRepeat: 'Répétez le mot de passe',
      exportMismatch: 'Les mots de passe diffèrent.',
      exportTooShort: 'Utilisez au moins 12 caractères.',
      exportDone: 'Exporté dans {{fileName}}.',
      exportCancelled: 'Le fichier n’a pas été enregistré.',
      exporting: 'Chiffrement…',
      export: 'Exporter',
      cancel: 'Annuler',
    },
    demo: {
      title: 'Données de démonstration',
      intro:
        'Ce stockage contient l’entreprise fictive Halvorsen Pharma. Un stockage de démonstration n’est jamais synchronisé avec un serveur d’entreprise.',
      remove: 'Retirer les données de démonstration',
      confirmTitle: 'Retirer les données de démonstration ?',
      confirm:
        'Tous les enregistrements de démonstration, les comptes de démonstration et l’en-tête de démonstration sont retirés de cet appareil. C’est irréversible.',
      changesMade_one:
        '{{count}} modification a été faite dans le stockage de démonstration. Exportez-la d’abord si elle compte.',
      changesMade_other:
        '{{count}} modifications ont été faites dans le stockage de démonstration. Exportez-les d’abord si elles comptent.',
    },
  },
};
