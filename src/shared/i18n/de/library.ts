import type { MessageCatalog } from '../en/index';

export const library = {
  library: {
    title: 'Bibliothek',
    empty: 'Die Bibliothek ist leer.',
    documentTitle: 'Titel',
    kind: 'Art',
    language: 'Sprache',
    version: 'Version',
    status: 'Status',
    reviewDate: 'Prüfen bis',
    expired: 'Abgelaufen',
    srd: 'Standardantwort',
    faq: 'FAQ',
  },
  documentStatus: {
    draft: 'Entwurf',
    'in-review': 'In Prüfung',
    approved: 'Freigegeben',
    retired: 'Zurückgezogen',
  },
} satisfies Pick<MessageCatalog, 'library' | 'documentStatus'>;
