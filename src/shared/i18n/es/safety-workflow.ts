import type { MessageCatalog } from '../en/index';

/** Textos en español: importación y codificación MedDRA, E2B, acuse de FV, seguimiento. */
export const safetyWorkflow = {
  safetyWorkflow: {
    meddra: {
      title: 'Diccionario MedDRA',
      help: 'Importe la versión de MedDRA con licencia de su empresa (archivos ASCII: llt.asc, pt.asc y meddra_release.asc) para codificar las reacciones LLT → PT. Sin ella, las reacciones quedan en texto literal.',
      none: 'No hay ninguna versión de MedDRA en este equipo.',
      current:
        'MedDRA {{version}} ({{language}}): {{lowLevelTerms}} LLT, {{preferredTerms}} PT, importada el {{time}}',
      chooseFiles: 'Elegir archivos de la versión',
      importing: 'Leyendo la versión…',
      imported: 'MedDRA {{version}} importada.',
      missingFiles: 'Elija llt.asc y pt.asc (y meddra_release.asc para la versión).',
      notAllowed: 'Un administrador o farmacovigilancia puede importar la versión.',
      fieldLabel: 'Término MedDRA (LLT)',
      noRelease:
        'Sin codificar: no hay versión de MedDRA en este equipo (Ajustes → Diccionario MedDRA).',
      loading: 'Cargando MedDRA…',
      noMatch: 'Ningún LLT vigente coincide',
      coded: 'PT {{ptName}} ({{ptCode}}) · LLT {{lltName}} ({{lltCode}}) · MedDRA {{version}}',
      otherVersion: 'Codificado con MedDRA {{version}}; este equipo tiene la {{current}}.',
    },
    e2b: {
      download: 'Guardar XML E2B(R3)',
      saved: 'Mensaje E2B(R3) guardado como {{name}}.',
      notReady:
        'Aún no hay mensaje E2B(R3) para este caso. Envíelo a farmacovigilancia como formulario CIOMS, que enumera lo que falta:',
    },
    lifecycle: {
      title: 'Ciclo de vida',
      steps: {
        flagged: 'Registrado',
        forwarded: 'Enviado a FV',
        acknowledged: 'Acuse de FV',
        reconciled: 'Conciliado',
      },
      pvCase: 'Caso de FV {{id}}',
      pending: 'Todavía no',
      acknowledge: 'Registrar acuse de FV',
      reconcile: 'Marcar como conciliado',
      acknowledgeTitle: 'Acuse de farmacovigilancia',
      acknowledgeHelp:
        'Introduzca el número de caso que FV asignó a esta notificación y cuándo llegó su acuse.',
      reconcileTitle: 'Conciliación',
      reconcileHelp:
        'Confirme que el caso de FV coincide con esta notificación (notificador, paciente, productos, reacciones).',
      pvCaseId: 'Número de caso de FV',
      occurredAt: 'Cuándo',
    },
    attempts: {
      log: 'Registrar un intento de seguimiento',
      title: 'Intento de seguimiento',
      topics: 'Qué se solicitó',
      channel: 'Medio',
      outcome: 'Resultado',
      note: 'Nota',
      when: 'Cuándo',
      history: 'Intentos realizados',
      entry: '{{time}} · {{channel}} · {{outcome}}',
      channels: {
        phone: 'Teléfono',
        email: 'Correo electrónico',
        letter: 'Carta',
        fax: 'Fax',
        visit: 'Visita',
      },
      outcomes: {
        'no-response': 'Sin respuesta',
        'information-obtained': 'Información obtenida',
        'partially-obtained': 'Obtenida en parte',
        declined: 'Rechazado',
      },
    },
    due: {
      title: 'Notificaciones de seguridad por enviar',
      none: 'Todas las notificaciones de seguridad se han enviado.',
    },
    screen: {
      reason: {
        'adverse-event': '¿Por qué no es un acontecimiento adverso?',
        'product-complaint': '¿Por qué no es una reclamación de producto?',
        'special-situation': '¿Por qué no es una situación especial?',
      },
      reasonShort: 'Indique un motivo de al menos 5 caracteres',
      unexplained:
        'El cribado marcó este texto, pero la respuesta es «no»: indique el motivo, queda registrado.',
      dismissed: 'Descartado ({{kind}}) {{time}}: {{reason}}',
    },
    inquiry: {
      title: 'Notificaciones de seguridad de esta consulta',
      openAdverseEvent: 'Abrir notificación de AA',
      openComplaint: 'Abrir reclamación de producto',
      answerYes:
        'Se comunicó información de seguridad: abra una notificación para que llegue a tiempo a farmacovigilancia.',
    },
  },
} satisfies Pick<MessageCatalog, 'safetyWorkflow'>;
