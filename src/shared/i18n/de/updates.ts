import type { MessageCatalog } from '../en/index';

export const updates = {
  updates: {
    title: 'Aktualisierungen',
    installedVersion: 'Installierte Version: {{version}}',
    channel: 'Aktualisierungskanal',
    stable: 'Stabil',
    beta: 'Beta (Vorabversionen für Pilotanwender)',
    checkNow: 'Jetzt suchen',
    installNow: 'Neu starten und installieren',
    lastChecked: 'Zuletzt gesucht: {{time}}',
    ready: 'Aktualisierung {{version}} ist bereit.',
    availability: {
      browser:
        'Im Browsermodus wird nichts installiert: Laden Sie die Seite neu, um die neueste Version des Servers zu verwenden.',
      development: 'Eine Entwicklungsversion aktualisiert sich nicht selbst.',
      disabledByPolicy: 'Ihre IT-Abteilung installiert neue Versionen auf diesem Computer.',
      notConfigured:
        'Diese Installation hat keinen Aktualisierungsort. Fragen Sie Ihre IT-Abteilung, wie neue Versionen sie erreichen.',
      unverifiable:
        'Aktualisierungen sind ausgeschaltet: Diese Installation kann die Signatur einer Aktualisierung nicht prüfen. Fragen Sie Ihre IT-Abteilung nach einem signierten Installationsprogramm.',
    },
    phase: {
      idle: 'Aktualisierungen werden kurz nach dem Start und alle vier Stunden gesucht.',
      checking: 'Suche nach Aktualisierungen …',
      downloading: 'Version {{version}} wird im Hintergrund geladen: {{percent}} %.',
      downloaded: 'Version {{version}} ist geladen und geprüft.',
      upToDate: 'MedInfo Desk ist auf dem neuesten Stand.',
      failed:
        'Die letzte Suche nach Aktualisierungen ist fehlgeschlagen; sie wird später wiederholt.',
      installing: 'Version {{version}} wird installiert …',
    },
    gate: {
      nothingDownloaded: 'Keine Aktualisierung wartet.',
      requiredNotDownloaded:
        'Der Server Ihres Unternehmens synchronisiert nur mit Version {{version}} oder neuer. Die Aktualisierung wird vom Aktualisierungsort Ihres Unternehmens geladen, sobald sie dort bereitsteht; kommt sie nicht an, fragen Sie Ihre IT-Abteilung.',
      waitingForApp:
        'Sie wird installiert, sobald MedInfo Desk nach nicht synchronisierten Änderungen gesehen hat.',
      unsavedInput:
        'Sie wartet, bis Sie das Formular speichern oder verwerfen, das Sie gerade ausfüllen, und wird dann beim Beenden oder Neustart installiert.',
      unsyncedChanges_one:
        'Sie wartet, bis Ihre {{count}} nicht synchronisierte Änderung den Server erreicht hat (verbinden Sie sich mit dem Netz), und wird dann beim Beenden oder Neustart installiert.',
      unsyncedChanges_other:
        'Sie wartet, bis Ihre {{count}} nicht synchronisierten Änderungen den Server erreicht haben (verbinden Sie sich mit dem Netz), und wird dann beim Beenden oder Neustart installiert.',
      ready:
        'Sie wird installiert, wenn Sie MedInfo Desk beenden – oder jetzt, wenn Sie neu starten.',
      readySyncRefused_one:
        'Der Server Ihres Unternehmens synchronisiert nicht mehr mit dieser Version: Starten Sie neu, um die Aktualisierung zu installieren. Ihre {{count}} nicht synchronisierte Änderung bleibt erhalten und wird von der neuen Version gesendet.',
      readySyncRefused_other:
        'Der Server Ihres Unternehmens synchronisiert nicht mehr mit dieser Version: Starten Sie neu, um die Aktualisierung zu installieren. Ihre {{count}} nicht synchronisierten Änderungen bleiben erhalten und werden von der neuen Version gesendet.',
    },
  },
} satisfies Pick<MessageCatalog, 'updates'>;
