import type { MessageCatalog } from '../en/index';

export const events = {
  congressEvents: {
    title: 'Congresos y eventos',
    current: 'Evento actual (modo stand)',
    none: 'Ninguno',
    add: 'Nuevo evento',
    edit: 'Editar',
    name: 'Congreso',
    city: 'Ciudad',
    country: 'Código de país',
    startDate: 'Primer día',
    endDate: 'Último día',
    boothLabel: 'Stand',
    boothStaff: 'Personal del stand',
    save: 'Guardar el evento',
    cancel: 'Cancelar',
  },
  serviceLevels: {
    title: 'Niveles de servicio',
    hint: 'Días hábiles hasta el vencimiento de una consulta, por urgencia, según el calendario del país del solicitante.',
    daysRange: 'De 0 a 60 días hábiles',
    duplicateWindow: 'Aviso de duplicado: días hacia atrás',
    windowRange: 'De 1 a 365 días',
    save: 'Guardar los niveles de servicio',
    saved: 'Guardado.',
  },
} satisfies Pick<MessageCatalog, 'congressEvents' | 'serviceLevels'>;
