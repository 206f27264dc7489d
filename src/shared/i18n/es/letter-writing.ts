import type { MessageCatalog } from '../en/index';

/** Spanish messages: writing, previewing, sending and batching response letters. */
export const letterWriting = {
  letterWriting: {
    write: 'Redactar carta',
    title: 'Carta para {{reference}}',
    method: 'Enviar por',
    documents: 'Documentos aprobados vinculados a las preguntas',
    noDocuments:
      'No hay documentos vinculados a las preguntas. Vincule primero los documentos aprobados en «Preguntas».',
    documentLine: '{{reference}} · versión {{version}} · {{language}}',
    language: 'Idioma de la carta',
    languagePreferred: 'Redactada en {{language}}, el idioma preferido del solicitante.',
    languageMissing:
      'No existe una variante aprobada en {{preferred}} de: {{documents}}. Elija un idioma en el que todos los documentos estén aprobados; los documentos nunca se traducen.',
    languageUnsupported:
      'El solicitante prefiere {{preferred}}, idioma en el que no se pueden redactar cartas. Elija un idioma en el que todos los documentos estén aprobados.',
    languageNone: 'Ningún idioma tiene una variante aprobada y vigente de cada documento elegido.',
    problemsTitle: 'Todavía no se puede generar la carta',
    overrideReason:
      'Por qué un paciente o cuidador recibe un documento redactado para profesionales',
    safetyInformation: 'Información de seguridad importante (se imprime en cartas fuera de ficha)',
    editText: 'Editar texto',
    useApproved: 'Usar el texto aprobado',
    answerText: 'Texto de respuesta de {{reference}}',
    customNotice:
      'Ha cambiado un texto aprobado: es una respuesta personalizada. Un especialista de IM debe revisarla antes de enviarla.',
    reviewedNotice: 'Un especialista de IM revisó esta respuesta personalizada: puede enviarse.',
    preview: 'Vista previa',
    previewTitle: 'Vista previa de la carta',
    save: 'Guardar PDF',
    print: 'Imprimir',
    send: 'Firmar y enviar',
    submitForReview: 'Enviar a revisión',
    submitted: 'Enviada a revisión. Un especialista de IM la revisará.',
    sendStatement:
      'Autorizo el envío al solicitante de la respuesta a la consulta {{reference}}, preparada a partir de {{documents}}.',
    emailSaved:
      'El PDF firmado y un borrador de correo (.eml) están guardados. Abra el borrador en su programa de correo, envíelo y confirme aquí.',
    confirmSent: 'He enviado el correo',
    sent: 'La respuesta consta como enviada.',
    close: 'Cerrar',
    working: 'Generando…',
  },
  letterResponses: {
    sentLetter: 'Carta firmada en {{language}} · PDF SHA-256 {{hash}}',
    customResponses: 'Respuestas personalizadas',
    customLine: 'Preparada el {{time}} por {{name}}, en {{language}}',
    status: {
      'awaiting-review': 'Pendiente de revisión',
      reviewed: 'Revisada',
      sent: 'Enviada',
    },
    review: 'Revisar y aprobar',
    reviewStatement:
      'He revisado esta respuesta personalizada a la consulta {{reference}} y apruebo su envío.',
    onlySpecialists: 'Un especialista de IM revisa las respuestas personalizadas.',
  },
  letterBatch: {
    intro:
      'Genera las cartas de todas las consultas respondidas de un evento en un archivo zip. Las cartas firmadas al enviarse llevan su firma; las demás se imprimen como borradores.',
    event: 'Evento',
    noEvents: 'Todavía no hay eventos.',
    generate: 'Generar cartas (zip)',
    working: 'Generando {{done}} de {{total}}…',
    done: '{{count}} cartas guardadas en {{file}}.',
    skipped:
      '{{count}} consultas no se pudieron generar; el zip indica los motivos en problems.txt.',
  },
} satisfies Pick<MessageCatalog, 'letterWriting' | 'letterResponses' | 'letterBatch'>;
