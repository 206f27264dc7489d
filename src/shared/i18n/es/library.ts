import type { MessageCatalog } from '../en/index';

export const library = {
  library: {
    title: 'Biblioteca',
    empty: 'La biblioteca está vacía.',
    documentTitle: 'Título',
    kind: 'Tipo',
    language: 'Idioma',
    version: 'Versión',
    status: 'Estado',
    reviewDate: 'Revisar antes de',
    expired: 'Caducado',
    srd: 'Respuesta estándar',
    faq: 'Preguntas frecuentes',
  },
  documentStatus: {
    draft: 'Borrador',
    'in-review': 'En revisión',
    approved: 'Aprobado',
    retired: 'Retirado',
  },
} satisfies Pick<MessageCatalog, 'library' | 'documentStatus'>;
