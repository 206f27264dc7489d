/** German messages: sync (status, needs attention, conflicts, server settings). */
export const sync = {
  sync: {
    title: 'Synchronisierung',
    syncNow: 'Jetzt synchronisieren',
    status: {
      reachable: 'Server erreichbar',
      unreachable: 'Server nicht erreichbar',
      notConnected: 'Nicht verbunden',
      needsAttention_one: '{{count}} braucht Aufmerksamkeit',
      needsAttention_other: '{{count}} brauchen Aufmerksamkeit',
      details: 'Details zur Synchronisierung',
    },
    phase: {
      'signed-out': 'Nicht bei einem Server angemeldet: Änderungen bleiben auf diesem Gerät.',
      'demo-store': 'Demodaten: Dieser Speicher wird nie mit einem Firmenserver synchronisiert.',
      idle: 'Auf dem neuesten Stand.',
      syncing: 'Wird synchronisiert …',
      offline:
        'Offline: Änderungen warten hier und werden gesendet, sobald der Server erreichbar ist.',
      retrying: 'Der Server hat mit einem Fehler geantwortet; ein neuer Versuch folgt bald.',
      'needs-sign-in':
        'Bitte erneut anmelden: Der Server akzeptiert dieses Gerät nicht mehr. Es geht nichts verloren.',
      'upgrade-required':
        'Bitte die App aktualisieren: Der Server verlangt Version {{version}} oder neuer.',
    },
    phaseShort: {
      'signed-out': 'Nicht angemeldet',
      'demo-store': 'Demodaten, nicht synchronisiert',
      idle: 'Synchronisiert',
      syncing: 'Wird synchronisiert …',
      offline: 'Wartet auf den Server',
      retrying: 'Neuer Versuch',
      'needs-sign-in': 'Erneut anmelden',
      'upgrade-required': 'Aktualisierung nötig',
    },
    lastError: 'Letztes Problem: {{message}}',
    nextAttempt: 'Nächster Versuch: {{time}}',
    stuck:
      'Änderungen warten schon lange ohne Fortschritt. Bitte die Verbindung prüfen oder den Support kontaktieren.',
    clockSkew: 'Die Uhr dieses Computers weicht um {{minutes}} Minuten von der des Servers ab.',
    signedInAs: 'Angemeldet als {{name}} ({{role}}) bei {{server}}',
    issues: {
      title: 'Braucht Aufmerksamkeit',
      empty: 'Nichts braucht Aufmerksamkeit.',
      record: 'Datensatz',
      problem: 'Problem',
      since: 'Seit',
      resolve: 'Auflösen',
      discard: 'Meine Änderung verwerfen',
      view: 'Details',
    },
    issueKind: {
      rejected: 'Vom Server abgelehnt',
      conflict: 'Konflikt',
      unreadable: 'Nicht lesbar',
    },
    reason: {
      'unsealed-personal-data':
        'Der Server nimmt personenbezogene Daten nur versiegelt an; diese Änderung wurde unversiegelt gesendet.',
      'immutable-forwarded-report':
        'Diese Sicherheitsmeldung wurde bereits weitergeleitet und kann nicht mehr geändert werden. Bitte die Korrektur als Folgemeldung erfassen.',
      forbidden: 'Sie dürfen diesen Datensatz nicht ändern.',
      'invalid-record': 'Der Server hat den Datensatz als ungültig erkannt.',
      'unknown-table': 'Der Server kennt diese Art von Datensatz nicht (Server aktualisieren).',
      unsendable: 'Diese Änderung konnte in dieser Form nicht gesendet werden.',
      other: 'Der Server hat die Änderung abgelehnt.',
    },
    table: {
      inquiries: 'Anfrage',
      products: 'Produkt',
      documents: 'Bibliotheksdokument',
      events: 'Kongress',
      safetyReports: 'Sicherheitsmeldung',
      safetyAcknowledgements: 'Eingangsbestätigung der PV',
      letters: 'Brief',
    },
    conflict: {
      title: 'Einen Konflikt auflösen',
      intro:
        'Jemand anderes hat dieselben Felder seit Ihrer letzten Synchronisierung geändert. Wählen Sie, was der Datensatz behält; bis zu Ihrer Entscheidung geht nichts verloren.',
      field: 'Feld',
      serverValue: 'Wert des Servers',
      myValue: 'Mein Wert',
      edit: 'Bearbeiten',
      editLabel: 'Wert für {{field}}',
      wholeRecord: 'Der ganze Datensatz',
      deleted: '(gelöscht)',
      absent: '(leer)',
      save: 'Auflösung speichern',
      saved: 'Auflösung gespeichert; sie wird als Nächstes synchronisiert.',
      invalid: 'Dieser Wert ist hier nicht gültig: {{message}}',
      notJson: 'Bitte gültiges JSON für dieses Feld eingeben.',
      gone: 'Dieser Konflikt ist bereits erledigt.',
      back: 'Zurück zur Synchronisierung',
      rejectedTitle: 'Eine abgelehnte Änderung',
      sentValue: 'Was gesendet wurde',
    },
    trails: {
      title: 'Sicherheitsmeldungen auf diesem Gerät',
      empty: 'Keine Sicherheitsmeldungen auf diesem Gerät.',
      report: 'Meldung',
      awareness: 'Tag 0',
      forwarded: 'Weitergeleitet (Eingang beim Server)',
      acknowledged: 'Von der PV bestätigt',
      notYet: 'Noch nicht',
      caseId: 'Fall {{caseId}}, {{time}}',
    },
    settings: {
      title: 'Synchronisierungsserver',
      serverUrl: 'Server-URL',
      serverUrlHelp: 'Zum Beispiel https://medinfo.example.com',
      deviceName: 'Gerätename',
      deviceNameHelp: 'So sehen Administratoren diesen Laptop, z. B. „Stand-Laptop 3“.',
      saveServer: 'Server speichern',
      serverSaved: 'Server gespeichert.',
      serverDeclined: 'Der neue Server wurde nicht zugelassen; nichts wurde geändert.',
      invalidUrl: 'Bitte eine Server-URL wie https://medinfo.example.com eingeben',
      invalidDeviceName: 'Bitte einen Gerätenamen mit 1 bis 100 Zeichen eingeben.',
      username: 'Benutzername',
      password: 'Passwort',
      signIn: 'Anmelden',
      signOut: 'Abmelden',
      signingIn: 'Anmeldung läuft …',
      signedIn: 'Angemeldet.',
      signedOut: 'Abgemeldet. Die Datensätze des Servers wurden von diesem Gerät entfernt.',
      configureFirst: 'Bitte zuerst einen Server speichern.',
      wrongCredentials: 'Benutzername oder Passwort ist falsch.',
      tooManyAttempts: 'Zu viele Versuche; bitte später erneut versuchen.',
      unreachable: 'Der Server war nicht erreichbar: {{message}}',
      failed: 'Anmeldung fehlgeschlagen: {{message}}',
      refused: {
        'account-mismatch':
          'Dieses Serverkonto gehört nicht der hier angemeldeten Person. Es wurde nichts geändert.',
        'demo-store':
          'Dieser Speicher enthält die fiktive Demofirma. Bitte zuerst die Demodaten entfernen.',
        'different-user':
          'Änderungen des vorherigen Benutzers sind noch nicht synchronisiert. Melden Sie sich als dieser Benutzer an, oder exportieren Sie die Änderungen und melden Sie sich zuerst ab.',
        'invalid-server-url': 'Bitte eine Server-URL wie https://medinfo.example.com eingeben',
        'unsynced-data':
          'Einige Änderungen gibt es nur auf diesem Gerät. Bitte vor dem Abmelden exportieren.',
      },
      mismatch: {
        'no-local-account':
          'Ihr Konto ist nicht mehr auf diesem Laptop. Starten Sie die App neu, legen Sie Ihr Konto an und melden Sie sich dann am Server an.',
        username:
          'Das Serverkonto „{{serverUsername}}“ gehört nicht Ihnen: Hier sind Sie als „{{localUsername}}“ angemeldet. Melden Sie sich mit Ihrem eigenen Konto am Server an. Es wurde nichts geändert.',
        role: 'Ihre Rolle auf dem Server ({{serverRole}}) unterscheidet sich von Ihrer Rolle auf diesem Laptop ({{localRole}}). Bitten Sie die Administration, beide anzugleichen. Es wurde nichts geändert.',
        'linked-elsewhere':
          'Ihr Konto „{{localUsername}}“ auf diesem Laptop ist mit einem anderen Serverkonto verknüpft. Melden Sie sich mit diesem Konto an oder wenden Sie sich an die Administration. Es wurde nichts geändert.',
        'server-account-taken':
          'Das Serverkonto „{{serverUsername}}“ ist bereits mit einem anderen Konto auf diesem Laptop verknüpft ({{otherUsername}}). Es wurde nichts geändert.',
      },
      unsyncedWarning_one:
        '{{count}} Änderung gibt es nur auf diesem Gerät. Beim Abmelden geht sie verloren, wenn Sie sie nicht vorher exportieren.',
      unsyncedWarning_other:
        '{{count}} Änderungen gibt es nur auf diesem Gerät. Beim Abmelden gehen sie verloren, wenn Sie sie nicht vorher exportieren.',
      exportUnsynced: 'Nicht synchronisierte Änderungen exportieren',
      exportTitle: 'Nicht synchronisierte Änderungen verschlüsselt exportieren',
      exportIntro:
        'Die Datei wird mit diesem Passwort verschlüsselt (AES-GCM, Schlüssel aus PBKDF2). Bewahren Sie das Passwort getrennt von der Datei auf.',
      exportPassword: 'Export-Passwort (mindestens 12 Zeichen)',
      exportRepeat: 'Passwort wiederholen',
      exportMismatch: 'Die Passwörter stimmen nicht überein.',
      exportTooShort: 'Bitte mindestens 12 Zeichen verwenden.',
      exportDone: 'Exportiert nach {{fileName}}.',
      exportCancelled: 'Die Datei wurde nicht gespeichert.',
      exporting: 'Wird verschlüsselt …',
      export: 'Exportieren',
      cancel: 'Abbrechen',
    },
    demo: {
      title: 'Demodaten',
      intro:
        'Dieser Speicher enthält die fiktive Firma Halvorsen Pharma. Ein Demospeicher wird nie mit einem Firmenserver synchronisiert.',
      remove: 'Demodaten entfernen',
      confirmTitle: 'Demodaten entfernen?',
      confirm:
        'Alle Demodatensätze, die Demokonten und der Demobriefkopf werden von diesem Gerät entfernt. Dies kann nicht rückgängig gemacht werden.',
      changesMade_one:
        'Im Demospeicher wurde {{count}} Änderung vorgenommen. Exportieren Sie sie zuerst, falls sie wichtig ist.',
      changesMade_other:
        'Im Demospeicher wurden {{count}} Änderungen vorgenommen. Exportieren Sie sie zuerst, falls sie wichtig sind.',
    },
  },
};
