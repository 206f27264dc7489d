import type { MessageCatalog } from '../en/index';

export const shell = {
  app: {
    name: 'MedInfo Desk',
    skipToContent: 'Aller au contenu',
    loading: 'Ouverture de la base locale…',
    storeFailed: 'La base locale n’a pas pu être ouverte : {{message}}',
  },
  nav: {
    home: 'Accueil',
    inquiries: 'Demandes',
    library: 'Bibliothèque',
    letters: 'Courriers',
    safety: 'Pharmacovigilance',
    insights: 'Analyses',
    settings: 'Paramètres',
    booth: 'Stand',
    mainNavigation: 'Navigation principale',
  },
  status: {
    online: 'En ligne',
    offline: 'Hors ligne',
    pendingSync_one: '{{count}} modification en attente de synchronisation',
    pendingSync_other: '{{count}} modifications en attente de synchronisation',
    lastSync: 'Dernière synchronisation : {{time}}',
    neverSynced: 'Jamais synchronisé',
  },
  theme: {
    label: 'Thème',
    light: 'Clair',
    dark: 'Sombre',
    system: 'Comme le système',
    toggle: 'Basculer entre thème clair et sombre',
  },
  shortcuts: {
    title: 'Raccourcis clavier',
    show: 'Afficher les raccourcis clavier',
    goTo: 'Aller à {{page}}',
    newInquiry: 'Nouvelle demande',
    search: 'Rechercher dans la bibliothèque',
    lock: 'Verrouiller l’application',
    close: 'Fermer',
  },
  home: {
    title: 'Aujourd’hui',
    openInquiries: 'Demandes ouvertes',
    overdueInquiries: 'Demandes en retard',
    approvedDocuments: 'Documents approuvés',
    products: 'Produits',
    recentInquiries: 'Demandes récentes',
  },
  placeholder: {
    comingSoon: 'Cet espace est en cours de construction.',
  },
  letters: { title: 'Courriers' },
  safety: { title: 'Pharmacovigilance' },
  settings: {
    title: 'Paramètres',
    language: 'Langue',
    appearance: 'Apparence',
    about: 'À propos',
    version: 'Version {{version}}',
    platform: 'Plateforme : {{platform}}',
    storage: 'Dossier des données : {{path}}',
  },
  language: {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
    es: 'Español',
  },
  errors: {
    unexpected: 'Une erreur est survenue : {{message}}',
    reload: 'Recharger',
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
