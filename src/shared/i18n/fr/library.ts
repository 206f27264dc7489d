import type { MessageCatalog } from '../en/index';

export const library = {
  library: {
    title: 'Bibliothèque',
    empty: 'La bibliothèque est vide.',
    documentTitle: 'Titre',
    kind: 'Type',
    language: 'Langue',
    version: 'Version',
    status: 'Statut',
    reviewDate: 'À revoir le',
    expired: 'Expiré',
    srd: 'Réponse standard',
    faq: 'FAQ',
  },
  documentStatus: {
    draft: 'Brouillon',
    'in-review': 'En relecture',
    approved: 'Approuvé',
    retired: 'Retiré',
  },
} satisfies Pick<MessageCatalog, 'library' | 'documentStatus'>;
