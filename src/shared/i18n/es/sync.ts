/** Spanish messages: sync (status, needs attention, conflicts, server settings). */
export const sync = {
  sync: {
    title: 'Sincronización',
    syncNow: 'Sincronizar ahora',
    status: {
      reachable: 'Servidor accesible',
      unreachable: 'Servidor inaccesible',
      notConnected: 'Sin conexión a un servidor',
      needsAttention_one: '{{count}} requiere atención',
      needsAttention_other: '{{count}} requieren atención',
      details: 'Detalles de la sincronización',
    },
    phase: {
      'signed-out': 'Sin sesión en un servidor: los cambios se quedan en este equipo.',
      'demo-store':
        'Datos de demostración: este almacén nunca se sincroniza con un servidor de la empresa.',
      idle: 'Al día.',
      syncing: 'Sincronizando…',
      offline:
        'Sin conexión: los cambios esperan aquí y se enviarán cuando el servidor esté accesible.',
      retrying: 'El servidor respondió con un error; se reintentará en breve.',
      'needs-sign-in':
        'Inicie sesión de nuevo: el servidor ya no acepta este equipo. No se pierde nada.',
      'upgrade-required':
        'Actualice la aplicación para sincronizar: el servidor exige la versión {{version}} o posterior.',
    },
    phaseShort: {
      'signed-out': 'Sin sesión',
      'demo-store': 'Demostración, sin sincronizar',
      idle: 'Sincronizado',
      syncing: 'Sincronizando…',
      offline: 'Esperando al servidor',
      retrying: 'Reintentando',
      'needs-sign-in': 'Inicie sesión de nuevo',
      'upgrade-required': 'Actualización necesaria',
    },
    lastError: 'Último problema: {{message}}',
    nextAttempt: 'Próximo intento: {{time}}',
    stuck:
      'Hay cambios esperando desde hace mucho sin avanzar. Compruebe la conexión o contacte con soporte.',
    clockSkew: 'El reloj de este equipo difiere del del servidor en {{minutes}} minutos.',
    signedInAs: 'Sesión de {{name}} ({{role}}) en {{server}}',
    issues: {
      title: 'Requiere atención',
      empty: 'Nada requiere atención.',
      record: 'Registro',
      problem: 'Problema',
      since: 'Desde',
      resolve: 'Resolver',
      discard: 'Descartar mi cambio',
      view: 'Detalles',
    },
    issueKind: {
      rejected: 'Rechazado por el servidor',
      conflict: 'Conflicto',
      unreadable: 'Ilegible',
    },
    reason: {
      'unsealed-personal-data':
        'El servidor solo acepta datos personales sellados para él; este cambio se envió sin sellar.',
      'immutable-forwarded-report':
        'Este informe de seguridad ya se transmitió y no puede cambiar. Registre la corrección como informe de seguimiento.',
      forbidden: 'No puede modificar este registro.',
      'invalid-record': 'El servidor consideró el registro no válido.',
      'unknown-table': 'El servidor no conoce este tipo de registro (actualice el servidor).',
      unsendable: 'Este cambio no pudo enviarse en esta forma.',
      other: 'El servidor rechazó el cambio.',
    },
    table: {
      inquiries: 'Consulta',
      products: 'Producto',
      documents: 'Documento de la biblioteca',
      events: 'Congreso',
      safetyReports: 'Informe de seguridad',
      safetyAcknowledgements: 'Acuse de recibo de FV',
      letters: 'Carta',
    },
    conflict: {
      title: 'Resolver un conflicto',
      intro:
        'Otra persona cambió los mismos campos desde su última sincronización. Elija qué conserva el registro; nada se pierde hasta que decida.',
      field: 'Campo',
      serverValue: 'Valor del servidor',
      myValue: 'Mi valor',
      edit: 'Editar',
      editLabel: 'Valor de {{field}}',
      wholeRecord: 'El registro completo',
      deleted: '(eliminado)',
      absent: '(vacío)',
      save: 'Guardar la resolución',
      saved: 'Resolución guardada; se sincronizará a continuación.',
      invalid: 'Este valor no es válido aquí: {{message}}',
      notJson: 'Introduzca un JSON válido para este campo.',
      gone: 'Este conflicto ya se ha resuelto.',
      back: 'Volver a la sincronización',
      rejectedTitle: 'Un cambio rechazado',
      sentValue: 'Lo que se envió',
    },
    trails: {
      title: 'Informes de seguridad en este equipo',
      empty: 'No hay informes de seguridad en este equipo.',
      report: 'Informe',
      awareness: 'Día 0',
      forwarded: 'Transmitido (recepción en el servidor)',
      acknowledged: 'Acuse de recibo de FV',
      notYet: 'Todavía no',
      caseId: 'Caso {{caseId}}, {{time}}',
    },
    settings: {
      title: 'Servidor de sincronización',
      serverUrl: 'URL del servidor',
      serverUrlHelp: 'Por ejemplo https://medinfo.example.com',
      deviceName: 'Nombre del equipo',
      deviceNameHelp: 'Cómo ven los administradores este portátil, p. ej. «Portátil del stand 3».',
      saveServer: 'Guardar el servidor',
      serverSaved: 'Servidor guardado.',
      serverDeclined: 'No se permitió el nuevo servidor; no cambió nada.',
      invalidUrl: 'Introduzca una URL de servidor como https://medinfo.example.com',
      invalidDeviceName: 'Introduzca un nombre de equipo de 1 a 100 caracteres.',
      username: 'Nombre de usuario',
      password: 'Contraseña',
      signIn: 'Iniciar sesión',
      signOut: 'Cerrar sesión',
      signingIn: 'Iniciando sesión…',
      signedIn: 'Sesión iniciada.',
      signedOut: 'Sesión cerrada. Los registros del servidor se han retirado de este equipo.',
      configureFirst: 'Guarde primero un servidor.',
      wrongCredentials: 'Nombre de usuario o contraseña incorrectos.',
      tooManyAttempts: 'Demasiados intentos; vuelva a intentarlo más tarde.',
      unreachable: 'No se pudo acceder al servidor: {{message}}',
      failed: 'No se pudo iniciar sesión: {{message}}',
      refused: {
        'account-mismatch':
          'Esta cuenta del servidor no pertenece a la persona que ha iniciado sesión aquí. No se ha cambiado nada.',
        'demo-store':
          'Este almacén contiene la empresa ficticia de demostración. Retire primero los datos de demostración.',
        'different-user':
          'Hay cambios del usuario anterior sin sincronizar. Inicie sesión como ese usuario, o exporte los cambios y cierre la sesión primero.',
        'invalid-server-url': 'Introduzca una URL de servidor como https://medinfo.example.com',
        'unsynced-data':
          'Algunos cambios solo existen en este equipo. Expórtelos antes de cerrar la sesión.',
      },
      mismatch: {
        'no-local-account':
          'Su cuenta ya no está en este equipo. Reinicie la aplicación, cree su cuenta y luego inicie sesión en el servidor.',
        username:
          'La cuenta del servidor «{{serverUsername}}» no es la suya: aquí ha iniciado sesión como «{{localUsername}}». Inicie sesión en el servidor con su propia cuenta. No se ha cambiado nada.',
        role: 'Su rol en el servidor ({{serverRole}}) es distinto de su rol en este equipo ({{localRole}}). Pida a un administrador que los iguale. No se ha cambiado nada.',
        'linked-elsewhere':
          'Su cuenta «{{localUsername}}» de este equipo está vinculada a otra cuenta del servidor. Inicie sesión con esa cuenta o consulte a un administrador. No se ha cambiado nada.',
        'server-account-taken':
          'La cuenta del servidor «{{serverUsername}}» ya está vinculada a otra cuenta de este equipo ({{otherUsername}}). No se ha cambiado nada.',
      },
      unsyncedWarning_one:
        '{{count}} cambio solo existe en este equipo. Al cerrar la sesión se pierde si no lo exporta antes.',
      unsyncedWarning_other:
        '{{count}} cambios solo existen en este equipo. Al cerrar la sesión se pierden si no los exporta antes.',
      exportUnsynced: 'Exportar los cambios sin sincronizar',
      exportTitle: 'Exportar los cambios sin sincronizar, cifrados',
      exportIntro:
        'El archivo se cifra con esta contraseña (AES-GCM, clave derivada con PBKDF2). Guarde la contraseña aparte del archivo.',
      exportPassword: 'Contraseña de la exportación (12 caracteres como mínimo)',
      exportRepeat: 'Repita la contraseña',
      exportMismatch: 'Las contraseñas no coinciden.',
      exportTooShort: 'Use al menos 12 caracteres.',
      exportDone: 'Exportado a {{fileName}}.',
      exportCancelled: 'El archivo no se guardó.',
      exporting: 'Cifrando…',
      export: 'Exportar',
      cancel: 'Cancelar',
    },
    demo: {
      title: 'Datos de demostración',
      intro:
        'Este almacén contiene la empresa ficticia Halvorsen Pharma. Un almacén de demostración nunca se sincroniza con un servidor de la empresa.',
      remove: 'Retirar los datos de demostración',
      confirmTitle: '¿Retirar los datos de demostración?',
      confirm:
        'Se retiran de este equipo todos los registros de demostración, las cuentas de demostración y el membrete de demostración. No se puede deshacer.',
      changesMade_one:
        'Se hizo {{count}} cambio en el almacén de demostración. Expórtelo primero si importa.',
      changesMade_other:
        'Se hicieron {{count}} cambios en el almacén de demostración. Expórtelos primero si importan.',
    },
  },
};
