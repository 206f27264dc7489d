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
} satisfies Pick<MessageCatalog, 'congressEvents' | 'serviceLevels'>;
