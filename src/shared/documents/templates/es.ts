import type { DocumentTemplate } from './template';

/** Spanish: the salutation ends with a colon, as Spanish letters do. */
export const spanishTemplate: DocumentTemplate = {
  language: 'es',
  labelSeparator: ': ',
  page: {
    pageOf: (current, total) => `Página ${current} de ${total}`,
    reference: (reference) => `Nuestra referencia ${reference}`,
  },
  letter: {
    documentTitle: 'Respuesta a su consulta de información médica',
    subject: (product) => `Su consulta sobre ${product}`,
    dateLabel: 'Fecha',
    ourReferenceLabel: 'Nuestra referencia',
    yourEnquiryLabel: 'Su consulta del',
    salutation: ({ name }) => (name ? `Estimado/a ${name}:` : 'Estimado/a señor/a:'),
    introduction: (product, enquiryDate) =>
      `Le agradecemos su consulta del ${enquiryDate} sobre ${product}. Nos preguntó:`,
    answerHeading: 'Nuestra respuesta',
    referencesHeading: 'Referencias',
    enclosuresHeading: 'Documentos adjuntos',
    furtherQuestions: (contact) =>
      `Si tiene alguna otra pregunta, póngase en contacto con Información Médica: ${contact}.`,
    closing: () => 'Atentamente,',
    patientAdvice:
      'Esta información no sustituye el consejo de su médico. Hable con su médico o farmacéutico antes de cambiar algo en su tratamiento e infórmeles de cualquier efecto adverso.',
    professionalContentForPatient:
      'Parte de esta información se redactó para profesionales sanitarios. Su médico o farmacéutico puede explicarle lo que significa para usted.',
    sourceDocuments: (list) => `Elaborada a partir de los documentos aprobados: ${list}.`,
    documentVersion: (reference, version) => `${reference} versión ${version}`,
    notReviewedWatermark: 'BORRADOR – SIN REVISAR',
    unsignedWatermark: 'BORRADOR',
    recipientFallback: 'señor/a',
  },
  offLabel: {
    banner: 'Respuesta a una solicitud espontánea de información médica',
    heading: 'Importante: el uso consultado no está autorizado',
    statement: (product, country, company) =>
      `El uso de ${product} por el que pregunta no figura en la información autorizada del producto (país de autorización: ${country}). ${company} no recomienda el uso de sus medicamentos fuera de las condiciones autorizadas.`,
    unsolicited:
      'Esta información se le facilita únicamente en respuesta a su solicitud espontánea, solo para usted, y no tiene por objeto promocionar ningún uso.',
    approvedIndicationsHeading: (product, country) =>
      `Indicaciones autorizadas de ${product} (${country})`,
    safetyHeading: 'Información de seguridad importante',
    prescribingInformation: (product) => `Ficha técnica de ${product}`,
    footerMark: 'Solicitud espontánea',
  },
  signature: {
    signedBy: 'Firmado electrónicamente por',
    signedAt: 'Fecha y hora',
    meaning: 'Significado de la firma',
    boundTo: 'Contenido firmado (SHA-256)',
    meanings: {
      'response-released':
        'Responsable de esta respuesta: elaborada a partir de contenido aprobado y enviada al solicitante',
      'custom-response-reviewed': 'Revisó esta respuesta personalizada y aprobó su envío',
      'request-confirmed':
        'Confirma esta solicitud de información médica tal como se registró arriba',
    },
  },
  receipt: {
    documentTitle: 'Solicitud de información médica – justificante',
    introduction:
      'Gracias por su pregunta. Este justificante confirma lo que nos ha preguntado y cuáles son los siguientes pasos.',
    requestHeading: 'Su solicitud',
    referenceLabel: 'Referencia',
    receivedLabel: 'Recibida',
    eventLabel: 'Evento',
    requesterHeading: 'Sus datos',
    nameLabel: 'Nombre',
    professionLabel: 'Profesión',
    specialtyLabel: 'Especialidad',
    institutionLabel: 'Centro',
    emailLabel: 'Correo electrónico',
    phoneLabel: 'Teléfono',
    addressLabel: 'Dirección',
    countryLabel: 'País',
    productLabel: 'Producto',
    questionsHeading: 'Sus preguntas',
    responseMethodLabel: 'Respuesta por',
    unsolicitedConfirmed:
      'Ha confirmado que hizo estas preguntas por iniciativa propia (solicitud espontánea).',
    signatureHeading: 'Su firma',
    privacyHeading: 'Protección de datos',
    privacyNotice: (company) =>
      `${company} utiliza sus datos solo para responder a su solicitud, para llevar el registro de consultas de información médica que exige la ley y para cumplir sus obligaciones de farmacovigilancia si nos comunicó un efecto adverso. Nunca se utilizan con fines promocionales ni se comparten con el personal de ventas. Puede solicitar el acceso, la rectificación o la supresión de sus datos a Información Médica.`,
    nextStepsHeading: 'Próximos pasos',
    nextSteps: (method, dueDate) =>
      `Un miembro de nuestro equipo de Información Médica le responderá ${{ letter: 'por carta', email: 'por correo electrónico', verbal: 'por teléfono' }[method]}${dueDate ? `, a más tardar el ${dueDate}` : ''}. Indique la referencia anterior si se pone en contacto con nosotros sobre esta solicitud.`,
    contactLine: (contact) => `Información Médica: ${contact}`,
    requesterTypes: {
      physician: 'Médico/a',
      pharmacist: 'Farmacéutico/a',
      nurse: 'Enfermero/a',
      'other-hcp': 'Otro profesional sanitario',
      patient: 'Paciente',
      caregiver: 'Cuidador/a',
      payer: 'Financiador',
      other: 'Otro',
    },
    responseMethods: { letter: 'Carta', email: 'Correo electrónico', verbal: 'Teléfono' },
  },
  booklet: {
    defaultTitle: 'Información médica: respuestas aprobadas',
    contents: 'Índice',
    internalUse:
      'Solo para formación interna y preparación del personal del stand. No distribuir: cada consulta se responde con su propia carta.',
    preparedOn: (date) => `Recopilado el ${date}`,
    documentDetails: (version, effective, review) =>
      `Versión ${version} · aprobada · vigente desde el ${effective} · revisión antes del ${review}`,
    summaryHeading: 'Resumen',
    kinds: { srd: 'Respuesta estándar', faq: 'Pregunta frecuente' },
    audiences: { hcp: 'Para profesionales sanitarios', patient: 'Para pacientes' },
  },
  email: {
    body: (salutation, reference, company) =>
      `${salutation}\n\nLe adjuntamos nuestra respuesta a su consulta (nuestra referencia ${reference}).\n\nAtentamente,\nInformación Médica\n${company}\n`,
  },
};
