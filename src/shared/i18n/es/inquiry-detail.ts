import type { MessageCatalog } from '../en/index';

export const inquiryDetail = {
  inquiryDetail: {
    back: 'Volver a las consultas',
    notFound: 'Esta consulta no existe o fue eliminada.',
    summary: 'Consulta',
    questions: 'Preguntas',
    noLinkedDocuments: 'Sin documentos vinculados',
    status: 'Estado',
    assignedTo: 'Asignada a',
    unassigned: 'Sin asignar',
    notes: 'Notas',
    saveNotes: 'Guardar las notas',
    draftRestored: 'Se recuperó lo escrito antes sin guardar.',
    consent: 'Acepta ser contactado',
    privacyNotice: 'Aviso de privacidad confirmado',
    linked: 'Consultas vinculadas',
  },
  inquiryWorkflow: {
    moveTo: {
      draft: 'Volver a borrador',
      open: 'Abrir',
      'in-progress': 'Empezar a trabajar',
      'awaiting-information': 'Esperar información',
      answered: 'Marcar como respondida',
      closed: 'Cerrar',
      cancelled: 'Cancelar',
      duplicate: 'Marcar como duplicada',
    },
    blockers: {
      'not-allowed': 'No es posible desde este estado.',
      'no-questions': 'Añada primero al menos una pregunta.',
      'safety-screen-missing': 'Responda primero las preguntas de seguridad.',
      'no-response': 'Registre primero la respuesta.',
      'unsolicited-confirmation-missing':
        'Fuera de ficha técnica: confirme primero que la consulta fue espontánea.',
      'request-solicited':
        'Fuera de ficha técnica y promovida por la empresa: no debe responderse.',
      'unsolicited-signature-invalid':
        'Fuera de ficha técnica: la firma que prueba la consulta espontánea ya no coincide.',
      'no-linked-inquiry': 'Vincule primero la consulta de la que esta es un duplicado.',
    },
    final: 'No hay más estados.',
  },
  inquiryOffLabel: {
    title: 'Ficha técnica y uso fuera de ficha',
    approvedIn: '{{product}}: indicaciones aprobadas en {{country}}',
    notApproved: 'No autorizado en {{country}}: todo uso allí es fuera de ficha técnica.',
    mark: 'La consulta trata de un uso fuera de la ficha técnica aprobada en {{country}}',
    medicalOnly:
      'Solo médico: la respuesta va en privado al solicitante; un representante de ventas que la remitió nunca la recibe.',
    unsolicited: 'Consulta espontánea',
    notConfirmed: 'Aún no confirmada como espontánea: no puede responderse.',
    confirmed: 'Confirmada como espontánea el {{time}} ({{method}}).',
    solicited:
      'Registrada el {{time}} como promovida por la empresa: no se responde fuera de ficha.',
    initiatedBy: 'Quién inició la consulta',
    initiatedByOptions: {
      requester: 'El solicitante, por iniciativa propia',
      company: 'Un empleado de la empresa la promovió',
    },
    referral: 'Remisión',
    referralOptions: {
      none: 'Sin remisión',
      'sales-representative': 'Remitida por un representante de ventas',
      msl: 'Remitida por un MSL',
    },
    referrerName: 'Nombre de quien la remitió',
    method: 'Prueba',
    methodOptions: {
      signature: 'La firma del solicitante',
      written: 'Una solicitud escrita archivada',
      verbal: 'Una confirmación registrada por teléfono',
    },
    confirm: 'Registrar la confirmación',
  },
  inquiryResponses: {
    title: 'Registro de respuestas',
    none: 'Aún no hay respuestas registradas.',
    line: '{{method}} el {{time}} por {{name}}',
    record: 'Registrar una respuesta',
    method: 'Enviada como',
    sentAt: 'Enviada el',
    documents: 'Documentos usados',
    recipient: { requester: 'Solicitante', 'referring-msl': 'MSL que la remitió (copia)' },
    save: 'Registrar la respuesta',
  },
  inquiryFollowUps: {
    title: 'Seguimientos',
    none: 'Aún no hay seguimientos.',
    channelLabel: 'Canal',
    channel: {
      phone: 'Teléfono',
      email: 'Correo electrónico',
      letter: 'Carta',
      'in-person': 'En persona',
      other: 'Otro',
    },
    directionLabel: 'Dirección',
    direction: { outgoing: 'Les contactamos', incoming: 'Nos contactaron' },
    note: 'Qué se habló',
    add: 'Añadir el seguimiento',
  },
  inquiryHistory: {
    title: 'Historial',
    when: 'Cuándo',
    who: 'Quién',
    action: 'Acción',
    field: 'Campo',
    before: 'Antes',
    after: 'Después',
    actions: { create: 'Creado', update: 'Modificado', delete: 'Eliminado' },
    signatureImage: '[imagen de la firma]',
    empty: 'Aún no hay historial.',
  },
  linkDocuments: {
    open: 'Vincular documentos',
    title: 'Documentos aprobados y vigentes',
    empty: 'No hay documentos aprobados y vigentes para este producto.',
    cancel: 'Cancelar',
    done: 'Hecho',
  },
} satisfies Pick<
  MessageCatalog,
  | 'inquiryDetail'
  | 'inquiryWorkflow'
  | 'inquiryOffLabel'
  | 'inquiryResponses'
  | 'inquiryFollowUps'
  | 'inquiryHistory'
  | 'linkDocuments'
>;
