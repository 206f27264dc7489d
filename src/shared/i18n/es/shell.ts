import type { MessageCatalog } from '../en/index';

export const shell = {
  app: {
    name: 'MedInfo Desk',
    skipToContent: 'Ir al contenido',
    loading: 'Abriendo el almacén local…',
    storeFailed: 'No se pudo abrir el almacén local: {{message}}',
  },
  nav: {
    home: 'Inicio',
    inquiries: 'Consultas',
    library: 'Biblioteca',
    letters: 'Cartas',
    safety: 'Farmacovigilancia',
    insights: 'Análisis',
    settings: 'Ajustes',
    booth: 'Stand',
    mainNavigation: 'Navegación principal',
  },
  status: {
    online: 'En línea',
    offline: 'Sin conexión',
    pendingSync_one: '{{count}} cambio pendiente de sincronizar',
    pendingSync_other: '{{count}} cambios pendientes de sincronizar',
    lastSync: 'Última sincronización: {{time}}',
    neverSynced: 'Nunca sincronizado',
  },
  theme: {
    label: 'Tema',
    light: 'Claro',
    dark: 'Oscuro',
    system: 'Como el sistema',
    toggle: 'Cambiar entre tema claro y oscuro',
  },
  shortcuts: {
    title: 'Atajos de teclado',
    show: 'Mostrar atajos de teclado',
    goTo: 'Ir a {{page}}',
    newInquiry: 'Nueva consulta',
    search: 'Buscar en la biblioteca',
    lock: 'Bloquear la aplicación',
    close: 'Cerrar',
  },
  home: {
    title: 'Hoy',
    openInquiries: 'Consultas abiertas',
    overdueInquiries: 'Consultas vencidas',
    approvedDocuments: 'Documentos aprobados',
    products: 'Productos',
    recentInquiries: 'Consultas recientes',
  },
  placeholder: {
    comingSoon: 'Esta sección está en construcción.',
  },
  letters: { title: 'Cartas' },
  safety: { title: 'Farmacovigilancia' },
  settings: {
    title: 'Ajustes',
    language: 'Idioma',
    appearance: 'Apariencia',
    about: 'Acerca de',
    version: 'Versión {{version}}',
    platform: 'Plataforma: {{platform}}',
    storage: 'Carpeta de datos: {{path}}',
  },
  language: {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
    es: 'Español',
  },
  errors: {
    unexpected: 'Algo salió mal: {{message}}',
    reload: 'Recargar',
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
