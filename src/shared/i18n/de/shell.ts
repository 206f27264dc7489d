import type { MessageCatalog } from '../en/index';

export const shell = {
  app: {
    name: 'MedInfo Desk',
    skipToContent: 'Zum Inhalt springen',
    loading: 'Lokaler Speicher wird geöffnet…',
    storeFailed: 'Der lokale Speicher konnte nicht geöffnet werden: {{message}}',
  },
  nav: {
    home: 'Start',
    inquiries: 'Anfragen',
    library: 'Bibliothek',
    letters: 'Briefe',
    safety: 'Sicherheit',
    insights: 'Auswertungen',
    settings: 'Einstellungen',
    booth: 'Messestand',
    mainNavigation: 'Hauptnavigation',
  },
  status: {
    online: 'Online',
    offline: 'Offline',
    pendingSync_one: '{{count}} Änderung wartet auf Synchronisierung',
    pendingSync_other: '{{count}} Änderungen warten auf Synchronisierung',
    lastSync: 'Zuletzt synchronisiert: {{time}}',
    neverSynced: 'Noch nie synchronisiert',
  },
  theme: {
    label: 'Farbschema',
    light: 'Hell',
    dark: 'Dunkel',
    system: 'Wie das System',
    toggle: 'Zwischen hellem und dunklem Farbschema wechseln',
  },
  shortcuts: {
    title: 'Tastenkürzel',
    show: 'Tastenkürzel anzeigen',
    goTo: 'Gehe zu {{page}}',
    newInquiry: 'Neue Anfrage',
    search: 'Bibliothek durchsuchen',
    lock: 'App sperren',
    close: 'Schließen',
  },
  home: {
    title: 'Heute',
    openInquiries: 'Offene Anfragen',
    overdueInquiries: 'Überfällige Anfragen',
    approvedDocuments: 'Freigegebene Dokumente',
    products: 'Produkte',
    recentInquiries: 'Neueste Anfragen',
  },
  placeholder: {
    comingSoon: 'Dieser Bereich wird gerade aufgebaut.',
  },
  letters: { title: 'Briefe' },
  safety: { title: 'Sicherheit' },
  settings: {
    title: 'Einstellungen',
    language: 'Sprache',
    appearance: 'Darstellung',
    about: 'Über',
    version: 'Version {{version}}',
    platform: 'Plattform: {{platform}}',
    storage: 'Datenordner: {{path}}',
  },
  language: {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
    es: 'Español',
  },
  errors: {
    unexpected: 'Etwas ist schiefgegangen: {{message}}',
    reload: 'Neu laden',
  },
} satisfies Pick<
  MessageCatalog,
  | 'app'
  | 'nav'
  | 'status'
  | 'theme'
  | 'shortcuts'
  | 'home'
  | 'placeholder'
  | 'letters'
  | 'safety'
  | 'settings'
  | 'language'
  | 'errors'
>;
