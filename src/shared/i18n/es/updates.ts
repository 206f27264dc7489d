import type { MessageCatalog } from '../en/index';

export const updates = {
  updates: {
    title: 'Actualizaciones',
    installedVersion: 'Versión instalada: {{version}}',
    channel: 'Canal de actualización',
    stable: 'Estable',
    beta: 'Beta (versiones preliminares para usuarios piloto)',
    checkNow: 'Buscar ahora',
    installNow: 'Reiniciar e instalar',
    lastChecked: 'Última búsqueda: {{time}}',
    ready: 'La actualización {{version}} está lista.',
    availability: {
      browser:
        'El modo navegador no instala nada: recargue la página para usar la versión más reciente del servidor.',
      development: 'Una versión de desarrollo no se actualiza sola.',
      disabledByPolicy: 'Su departamento de TI instala las nuevas versiones en este ordenador.',
      notConfigured:
        'Esta instalación no tiene ubicación de actualizaciones. Pregunte a su departamento de TI cómo le llegan las nuevas versiones.',
      unverifiable:
        'Las actualizaciones están desactivadas: esta instalación no puede verificar la firma de una actualización. Pida a su departamento de TI un instalador firmado.',
    },
    phase: {
      idle: 'Las actualizaciones se buscan poco después del inicio y cada cuatro horas.',
      checking: 'Buscando actualizaciones…',
      downloading: 'Descargando la versión {{version}} en segundo plano: {{percent}} %.',
      downloaded: 'La versión {{version}} está descargada y comprobada.',
      upToDate: 'MedInfo Desk está actualizado.',
      failed: 'La última búsqueda de actualizaciones falló; se volverá a intentar más tarde.',
      installing: 'Instalando la versión {{version}}…',
    },
    gate: {
      nothingDownloaded: 'No hay ninguna actualización en espera.',
      requiredNotDownloaded:
        'El servidor de su empresa solo sincroniza con la versión {{version}} o posterior. La actualización se descarga desde la ubicación de actualizaciones de su empresa en cuanto esté disponible allí; si no llega, consulte a su departamento de TI.',
      waitingForApp:
        'Se instalará cuando MedInfo Desk haya comprobado los cambios sin sincronizar.',
      unsavedInput:
        'Espera a que guarde o descarte el formulario que está rellenando y se instalará cuando salga o reinicie.',
      unsyncedChanges_one:
        'Espera a que {{count}} cambio sin sincronizar llegue al servidor (conéctese a la red) y se instalará cuando salga o reinicie.',
      unsyncedChanges_other:
        'Espera a que {{count}} cambios sin sincronizar lleguen al servidor (conéctese a la red) y se instalará cuando salga o reinicie.',
      ready: 'Se instalará cuando salga de MedInfo Desk, o ahora si reinicia.',
      readySyncRefused_one:
        'El servidor de su empresa ya no sincroniza con esta versión: reinicie para instalar la actualización. {{count}} cambio sin sincronizar se conserva y lo enviará la nueva versión.',
      readySyncRefused_other:
        'El servidor de su empresa ya no sincroniza con esta versión: reinicie para instalar la actualización. {{count}} cambios sin sincronizar se conservan y los enviará la nueva versión.',
    },
  },
} satisfies Pick<MessageCatalog, 'updates'>;
