import type { MessageCatalog } from '../en/index';

export const events = {
  congressEvents: {
    title: 'Congrès et événements',
    current: 'Événement en cours (mode stand)',
    none: 'Aucun',
    add: 'Nouvel événement',
    edit: 'Modifier',
    name: 'Congrès',
    city: 'Ville',
    country: 'Code pays',
    startDate: 'Premier jour',
    endDate: 'Dernier jour',
    boothLabel: 'Stand',
    boothStaff: 'Personnel du stand',
    save: 'Enregistrer l’événement',
    cancel: 'Annuler',
  },
  serviceLevels: {
    title: 'Niveaux de service',
    hint: 'Jours ouvrés avant l’échéance d’une demande, par urgence, selon le calendrier du pays du demandeur.',
    daysRange: '0 à 60 jours ouvrés',
    duplicateWindow: 'Alerte de doublon : jours en arrière',
    windowRange: '1 à 365 jours',
    save: 'Enregistrer les niveaux de service',
    saved: 'Enregistré.',
  },
  actingAccount: {
    title: 'Agir en tant que',
    hint: 'En attendant la connexion, choisissez le compte de démonstration au nom duquel vous agissez.',
    actingAs: 'Compte',
    role: {
      'field-officer': 'Chargé·e d’information terrain',
      'mi-specialist': 'Spécialiste information médicale',
      'content-approver': 'Approbation des contenus',
      'pv-liaison': 'Correspondant·e pharmacovigilance',
      admin: 'Administration',
    },
  },
} satisfies Pick<MessageCatalog, 'congressEvents' | 'serviceLevels' | 'actingAccount'>;
