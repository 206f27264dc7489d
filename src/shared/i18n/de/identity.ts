import type { MessageCatalog } from '../en/index';

/** German messages: identity (accounts, sign-in, lock, e-signatures, personal data). */
export const identity = {
  identity: {
    firstRun: {
      title: 'Willkommen bei MedInfo Desk',
      intro: 'Auf diesem Laptop hat noch niemand ein Konto.',
      createTitle: 'Eigenes Konto anlegen',
      createIntro:
        'Sie sind die erste Person auf diesem Laptop: Neben Ihrer eigenen Arbeit verwaltet Ihr Konto die Konten der Kolleginnen und Kollegen, die ihn mitbenutzen.',
      create: 'Konto anlegen und anmelden',
      creatingKeys: 'Ihre Schlüssel werden erzeugt …',
      demoTitle: 'Die Demo ausprobieren',
      demoIntro:
        'Alles ausprobieren mit Halvorsen Pharma, einer erfundenen Firma mit fünf Demo-Kolleginnen und -Kollegen. Ihr Passwort steht auf der Anmeldeseite.',
      demoWarning: 'Geben Sie in der Demo niemals echte Daten ein.',
      explore: 'Demo ausprobieren',
      preparingDemo: 'Die Demo-Firma wird vorbereitet …',
    },
    signIn: {
      title: 'Anmelden',
      intro:
        'Personenbezogene Daten auf diesem Laptop bleiben verschlüsselt, bis Sie sich anmelden.',
      lockedTitle: 'Gesperrt',
      lockedIntro:
        '{{name}} war angemeldet. Geben Sie das Passwort ein, um fortzufahren, oder wechseln Sie den Benutzer.',
      whoAreYou: 'Wer sind Sie?',
      accounts: 'Konten auf diesem Laptop',
      submit: 'Anmelden',
      switchUser: 'Benutzer wechseln',
      checking: 'Das Passwort wird geprüft …',
      retryIn_one: 'Erneut versuchen in {{count}} Sekunde.',
      retryIn_other: 'Erneut versuchen in {{count}} Sekunden.',
      demoHint: 'Demo: Das Passwort aller Demo-Konten lautet',
    },
    account: {
      displayName: 'Vollständiger Name',
      displayNameHelp: 'Wird mit Ihrer Unterschrift gedruckt',
      nameRequired: 'Geben Sie den vollständigen Namen ein',
      username: 'Benutzerkennung',
      usernameHelp: 'Damit melden Sie sich an und unterschreiben, z. B. maja.lindqvist',
      usernameInvalid: '2 bis 40 Buchstaben, Ziffern, Punkte, Binde- oder Unterstriche',
      jobTitle: 'Funktion',
      email: 'E-Mail',
      role: 'Rolle',
    },
    password: {
      label: 'Passwort',
      choose: 'Passwort wählen',
      initial: 'Erstes Passwort (die Person ändert es später)',
      current: 'Aktuelles Passwort',
      new: 'Neues Passwort',
      again: 'Dasselbe Passwort noch einmal',
      policy: 'Mindestens 12 Zeichen; einige Wörter ergeben ein gutes Passwort',
      mismatch: 'Die beiden Passwörter unterscheiden sich',
      show: 'Passwort anzeigen',
      hide: 'Passwort verbergen',
    },
    passwordProblem: {
      'too-short': 'Das Passwort braucht mindestens 12 Zeichen.',
      'too-long': 'Das Passwort darf höchstens 1024 Zeichen haben.',
      'contains-user-id': 'Das Passwort darf die Benutzerkennung nicht enthalten.',
    },
    role: {
      'field-officer': 'Außendienst',
      'mi-specialist': 'MI-Spezialist/in',
      'content-approver': 'Inhaltsfreigabe',
      'pv-liaison': 'PV-Verbindungsstelle',
      admin: 'Administration',
    },
    roleDescription: {
      'field-officer':
        'Erfasst und beantwortet eigene Anfragen, erfasst Sicherheitsmeldungen, liest die Bibliothek',
      'mi-specialist': 'Bearbeitet die Anfragen des Teams und prüft individuelle Antworten',
      'content-approver': 'Verfasst Bibliotheksdokumente und gibt sie frei',
      'pv-liaison': 'Sieht Sicherheitsmeldungen und Beanstandungen und bestätigt sie',
      admin: 'Verwaltet Benutzer, Geräte und Einstellungen; kein Zugriff auf Anfragen',
    },
    meaning: {
      authored: 'Verfasst',
      reviewed: 'Geprüft',
      approved: 'Freigegeben',
      sent: 'Versandt',
      acknowledged: 'Bestätigt (Eingang)',
      confirmed: 'Bestätigt',
      'request-confirmation': 'Anfrage vom Anfragenden bestätigt',
      'unsolicited-request': 'Unaufgeforderte Anfrage vom Anfragenden bestätigt',
    },
    errors: {
      wrongPassword: 'Benutzerkennung oder Passwort ist falsch.',
      delayed: 'Zu viele falsche Passwörter hintereinander.',
      disabled: 'Dieses Konto ist deaktiviert. Wenden Sie sich an die Administration.',
      noPassword:
        'Dieses Konto hat auf diesem Laptop kein Passwort. Lassen Sie eines von der Administration setzen.',
      damagedKey:
        'Das Passwort stimmt, aber die Schlüsselkopie dieses Kontos ist beschädigt. Melden Sie sich mit einem anderen Konto an oder lassen Sie das Passwort zurücksetzen.',
      usernameTaken: 'Die Benutzerkennung {{username}} ist schon vergeben.',
      notPermitted: 'Das dürfen Sie nicht.',
      hasAccounts: 'Dieser Laptop hat schon Konten: Melden Sie sich an.',
      wrongSigner:
        'Sie können nur als Sie selbst unterschreiben: Geben Sie Ihre eigene Benutzerkennung ein.',
      signedLocked:
        'Dieser Inhalt ist unterschrieben: Eine Änderung braucht eine neue Unterschrift.',
      unexpected: 'Etwas ist schiefgegangen: {{message}}',
    },
    menu: {
      lock: 'Sperren',
      switchUser: 'Benutzer wechseln',
      security: 'Passwort und Sperre',
      signOut: 'Abmelden',
    },
    signature: {
      title: 'Elektronische Unterschrift',
      manifest:
        'Unterschrieben von {{name}} – Bedeutung: {{meaning}} – mit heutigem Datum und Uhrzeit.',
      binding:
        'Ihre Unterschrift ist an genau diesen Inhalt gebunden; jede spätere Änderung braucht eine neue Unterschrift. Sie ist rechtlich Ihrer handschriftlichen Unterschrift gleichgestellt.',
      sign: 'Unterschreiben',
      cancel: 'Abbrechen',
    },
    handwritten: {
      title: 'Unterschrift am Bildschirm',
      signerName: 'Name der unterschreibenden Person',
      pad: 'Unterschriftsfeld: mit Maus, Stift oder Finger unterschreiben',
      witness: 'Bezeugt von {{name}} – Bedeutung: {{meaning}}.',
      clear: 'Löschen',
      confirm: 'Unterschrift bestätigen',
    },
    users: {
      title: 'Benutzer und Rollen',
      notPermitted: 'Nur wer die Konten dieses Laptops verwaltet, sieht sie hier.',
      newAccount: 'Neues Konto',
      create: 'Konto anlegen',
      status: 'Status',
      active: 'Aktiv',
      disabled: 'Deaktiviert',
      managesAccounts: 'Verwaltet Konten',
      passwordChanged: 'Passwort gesetzt',
      actions: 'Änderungen',
      disable: 'Deaktivieren',
      enable: 'Aktivieren',
      resetPassword: 'Neues Passwort setzen',
      resetTitle: 'Neues Passwort für {{name}}',
      resetIntro:
        'Frühere Unterschriften der Person bleiben gültig; sie erhält einen neuen Signaturschlüssel. Teilen Sie das neue Passwort persönlich mit.',
      grantStatement: 'Konto von {{name}} mit der Rolle {{role}} anlegen.',
      roleStatement: '{{name}} die Rolle {{role}} geben.',
      disableStatement: 'Konto von {{name}} deaktivieren.',
      enableStatement: 'Konto von {{name}} wieder aktivieren.',
    },
    security: {
      title: 'Passwort und Sperre',
      changePassword: 'Passwort ändern',
      passwordChanged: 'Ihr Passwort ist geändert.',
      lockTitle: 'Automatische Sperre',
      lockIntro:
        'Die App sperrt sich nach so vielen Minuten ohne Eingabe und sofort, wenn der Laptop in den Ruhezustand geht oder der Bildschirm gesperrt wird. Strg+L sperrt jederzeit.',
      idleMinutes: 'Minuten ohne Eingabe',
      idleRange: 'Von 1 bis 60 Minuten',
      save: 'Speichern',
      lockSaved_one: 'Die App sperrt sich jetzt nach {{count}} Minute ohne Eingabe.',
      lockSaved_other: 'Die App sperrt sich jetzt nach {{count}} Minuten ohne Eingabe.',
      fastTitle: 'Schnelles Entsperren auf diesem Computer',
      fastIntro:
        'Bewahrt den Schlüssel der Daten dieses Laptops im geschützten Speicher Ihres Betriebssystems auf, damit das Entsperren sofort geht. Beim Unterschreiben wird Ihr Passwort weiterhin vollständig geprüft.',
      fastOn: 'Schnelles Entsperren einschalten',
      fastOff: 'Schnelles Entsperren ausschalten',
      fastUnavailable: {
        browser: 'Schnelles Entsperren braucht die Desktop-App.',
        'plaintext-backend':
          'Dieser Computer speichert solche Geheimnisse ohne echten Schutz (kein Schlüsselbund): Schnelles Entsperren wird nicht angeboten.',
        'no-encryption': 'Das Betriebssystem bietet diesem Benutzer keinen geschützten Speicher.',
      },
    },
    holdings: {
      title: 'Was dieser Laptop enthält',
      intro:
        'Personenbezogene Daten von Anfragenden und Patientinnen und Patienten auf diesem Laptop. Sie sind gespeichert verschlüsselt und nur lesbar, solange jemand angemeldet ist.',
      inquiries: 'Anfragen mit personenbezogenen Daten',
      oldest: 'Die älteste davon',
      purged: 'Anfragen, deren personenbezogene Daten hier gelöscht wurden',
      signatures: 'Am Bildschirm geleistete Unterschriften',
      drafts: 'Unfertige Formulare',
      auditEvents: 'Prüfpfad-Einträge mit personenbezogenen Änderungen',
      unsynced: 'Änderungen, die noch nicht auf dem Server sind',
      unsyncedDetail: '{{total}}, davon {{personal}} mit personenbezogenen Daten',
      sealing: 'Wartende Änderungen',
      sealed_one: '{{count}} für den Server versiegelt',
      sealed_other: '{{count}} für den Server versiegelt',
      waitingForKey_one: '{{count}} hier verschlüsselt, versiegelt, sobald der Server bekannt ist',
      waitingForKey_other:
        '{{count}} hier verschlüsselt, versiegelt, sobald der Server bekannt ist',
      accounts: 'Konten',
      unprotected_one:
        '{{count}} Anfrage aus der Zeit vor der Verschlüsselung ist noch nicht geschützt: Melden Sie sich erneut an, um sie zu schützen.',
      unprotected_other:
        '{{count}} Anfragen aus der Zeit vor der Verschlüsselung sind noch nicht geschützt: Melden Sie sich erneut an, um sie zu schützen.',
      findPerson: 'Daten einer Person finden',
      personQuery: 'Name, Wörter einer Frage oder eine genaue E-Mail-Adresse',
      indexBuilding: 'Der Suchindex wird aufgebaut …',
      indexReady_one: 'Durchsucht {{count}} Anfrage, nur im Arbeitsspeicher',
      indexReady_other: 'Durchsucht {{count}} Anfragen, nur im Arbeitsspeicher',
      matches: 'Anfragen zu dieser Person',
      noMatches: 'Nichts auf diesem Laptop passt.',
    },
    settings: {
      title: 'Sicherheit und personenbezogene Daten',
      usersHelp: 'Konten anlegen, Rollen ändern, Konten deaktivieren',
      securityHelp: 'Passwort ändern, automatische Sperre, schnelles Entsperren',
      holdingsHelp:
        'Personenbezogene Daten auf diesem Laptop und was noch nicht synchronisiert ist',
    },
  },
} satisfies Pick<MessageCatalog, 'identity'>;
