import type { MessageCatalog } from '../en/index';

export const booth = {
  booth: {
    title: 'Registro en el stand',
    noEvent: 'No hay un evento actual: las consultas del stand no se vincularán a ningún congreso.',
    openSettings: 'Elegir en Ajustes',
    eventLine: '{{name}} · {{city}} · {{dates}}',
    draftFound: 'Se conservó una consulta del stand sin guardar ({{time}}).',
    continueDraft: 'Continuarla',
    discardDraft: 'Descartarla',
    autosaved: 'Borrador conservado {{time}}',
    autosaveFailed: 'No se pudo conservar el borrador: {{message}}',
    sections: {
      requester: 'Solicitante',
      questions: 'Producto y preguntas',
      request: 'Respuesta, consentimiento y privacidad',
      safety: 'Preguntas de seguridad',
      signature: 'Firma',
    },
    requesterType: 'Tipo de solicitante',
    name: 'Nombre',
    specialty: 'Profesión / especialidad',
    institution: 'Institución',
    country: 'País',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    preferredLanguage: 'Idioma preferido',
    product: 'Producto',
    questionText: 'Pregunta {{number}}',
    category: 'Categoría',
    chooseCategory: 'Elija una categoría',
    addQuestion: 'Añadir una pregunta',
    removeQuestion: 'Quitar la pregunta {{number}}',
    urgency: 'Urgencia',
    responseMethod: 'Respuesta preferida',
    privacyNoticeText:
      'Aviso de privacidad: su nombre y datos de contacto se usan solo para responder a esta consulta y cumplir nuestras obligaciones legales (por ejemplo, notificar reacciones adversas). Puede pedir acceso a ellos o su supresión en cualquier momento.',
    privacyNotice: 'El solicitante ha leído el aviso de privacidad',
    consentToContact: 'El solicitante acepta ser contactado con la respuesta',
    isOffLabel: 'La pregunta trata de un uso fuera de la ficha técnica aprobada',
    isUnsolicited: 'El solicitante preguntó por iniciativa propia (consulta espontánea)',
    printedName: 'Nombre de quien firma, en letra de imprenta',
    padLabel: 'Panel de firma: firme con el dedo, un lápiz o el ratón',
    sign: 'Firmar',
    clear: 'Borrar',
    completeBeforeSigning: 'Complete los campos de arriba antes de firmar: la firma los cubre.',
    lockedHint:
      'Firmado: los datos firmados están bloqueados. Cambiarlos requiere una nueva firma; ambas quedan registradas.',
    unlock: 'Cambiar los datos firmados',
    save: 'Guardar y empezar la siguiente (Ctrl+Intro)',
    saved: 'Guardada como {{reference}}.',
    openSaved: 'Abrir',
    saveFailed:
      'No se pudo guardar la consulta; todo lo escrito se conserva como borrador. {{message}}',
    fixErrors: 'Algunos campos requieren atención: vea los mensajes junto a ellos.',
  },
  inquiryFormErrors: {
    required: 'Obligatorio',
    tooLong: 'Demasiado largo',
    requesterTypeRequired: 'Elija el tipo de solicitante',
    countryRequired: 'Elija un país',
    countryCode: 'Escriba un código de país de dos letras, p. ej. ES',
    email: 'Escriba un correo electrónico válido, p. ej. nombre@example.org',
    phone: 'Escriba un teléfono de 6 a 20 dígitos, p. ej. +34 91 123 45 67',
    languageRequired: 'Elija un idioma',
    productRequired: 'Elija el producto',
    questionRequired: 'Escriba la pregunta',
    categoryRequired: 'Elija una categoría',
    answerRequired: 'Responda sí o no',
    privacyRequired: 'Debe confirmarse el aviso de privacidad',
    emailForResponse: 'Una respuesta por correo requiere una dirección de correo',
    phoneForResponse: 'Una respuesta verbal requiere un teléfono',
    institutionForLetter: 'Una carta requiere la institución, o elija otra forma de respuesta',
    unsolicitedRequired:
      'Una pregunta fuera de ficha técnica solo se registra si el solicitante preguntó por iniciativa propia',
    signatureRequired: 'El solicitante debe firmar para confirmar la consulta',
    signAgain: 'Los datos firmados cambiaron: el solicitante debe firmar de nuevo',
    padEmpty: 'Firme primero',
    printedNameRequired: 'Escriba el nombre de quien firma',
    date: 'Escriba una fecha',
    endBeforeStart: 'El último día es anterior al primero',
  },
  inquiryDuplicates: {
    title: 'Parece una consulta anterior',
    line: 'recibida {{date}} · {{status}} · mismo {{matchedOn}} · pregunta parecida en un {{similarity}} %',
    matchedOn: { email: 'correo', name: 'nombre' },
    link: 'Vincularla',
    linked: 'Vinculada',
    continue: 'Continuar sin vincular',
  },
  inquiryScreening: {
    found: 'La revisión encontró posible información de seguridad',
    more_one: 'y {{count}} más',
    more_other: 'y {{count}} más',
    'adverse-event': 'Acontecimiento adverso',
    'product-complaint': 'Reclamación de producto',
    special: {
      pregnancy: 'Embarazo',
      breastfeeding: 'Lactancia',
      overdose: 'Sobredosis',
      abuse: 'Abuso',
      misuse: 'Uso indebido',
      'medication-error': 'Error de medicación',
      'off-label-use': 'Uso fuera de ficha técnica',
      'occupational-exposure': 'Exposición ocupacional',
      'lack-of-efficacy': 'Falta de eficacia',
      'drug-interaction': 'Interacción farmacológica',
      counterfeit: 'Sospecha de falsificación',
      'infection-transmission': 'Transmisión de un agente infeccioso',
    },
  },
  inquirySafety: {
    title: 'Revisión de seguridad',
    hasAdverseEvent: '¿Menciona este contacto un acontecimiento adverso?',
    hasQualityComplaint: '¿Menciona una reclamación sobre la calidad del producto?',
    hasSpecialSituation:
      '¿Menciona una situación especial (embarazo o lactancia, sobredosis, abuso o uso indebido, error de medicación, uso fuera de ficha técnica, falta de eficacia, interacción)?',
    yes: 'Sí',
    no: 'No',
    screeningSuggests:
      'La revisión de las preguntas sugiere: {{kinds}}. Compruebe las respuestas de abajo.',
    required: 'Sin responder: la consulta no puede tramitarse hasta entonces.',
    answeredAt: 'Respondido {{time}}',
    save: 'Guardar las respuestas',
  },
  hcpSignatureMeaning: {
    'request-confirmation':
      'Confirmo que solicito información médica sobre las preguntas anteriores.',
    'unsolicited-request':
      'Confirmo que hice estas preguntas por iniciativa propia y solicito información médica sobre ellas.',
  },
  hcpSignature: {
    title: 'Firmas',
    none: 'Sin firmas.',
    imageOf: 'Firma de {{name}}',
    witnessedBy: 'Recogida por {{name}}',
    state: {
      valid: 'Válida',
      'content-changed': 'Ya no coincide: los datos firmados cambiaron',
      'missing-image': 'Falta la imagen',
      'not-authentic': 'No auténtica: la firma se modificó o pertenece a otro contenido',
    },
  },
} satisfies Pick<
  MessageCatalog,
  | 'booth'
  | 'inquiryFormErrors'
  | 'inquiryDuplicates'
  | 'inquiryScreening'
  | 'inquirySafety'
  | 'hcpSignatureMeaning'
  | 'hcpSignature'
>;
