import type { MessageCatalog } from '../en/index';

export const events = {
  congressEvents: {
    title: 'Kongresse und Veranstaltungen',
    current: 'Aktuelle Veranstaltung (Messestand-Modus)',
    none: 'Keine',
    add: 'Neue Veranstaltung',
    edit: 'Bearbeiten',
    name: 'Kongress',
    city: 'Stadt',
    country: 'Ländercode',
    startDate: 'Erster Tag',
    endDate: 'Letzter Tag',
    boothLabel: 'Stand',
    boothStaff: 'Standpersonal',
    save: 'Veranstaltung speichern',
    cancel: 'Abbrechen',
  },
  serviceLevels: {
    title: 'Service-Level',
    hint: 'Arbeitstage bis zur Fälligkeit einer Anfrage je Dringlichkeit, nach dem Kalender des Landes der anfragenden Person.',
    daysRange: '0 bis 60 Arbeitstage',
    duplicateWindow: 'Duplikatwarnung: Tage zurück',
    windowRange: '1 bis 365 Tage',
    save: 'Service-Level speichern',
    saved: 'Gespeichert.',
  },
} satisfies Pick<MessageCatalog, 'congressEvents' | 'serviceLevels'>;
