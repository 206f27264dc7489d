import type { MessageCatalog } from '../en/index';

export const documents = {
  documentProblems: {
    'letterhead-company-missing':
      'El membrete no tiene el nombre de la empresa. Un administrador lo configura en Ajustes.',
    'recipient-address-missing':
      'La carta se envía por correo postal y el destinatario no tiene dirección postal.',
    'recipient-email-missing':
      'La carta se envía por correo electrónico y el destinatario no tiene dirección de correo electrónico.',
    'no-question': 'No hay ninguna pregunta que reproducir.',
    'no-answer': 'Elija al menos un documento aprobado para responder.',
    'no-documents': 'Elija al menos un documento aprobado para el cuadernillo.',
    'document-not-approved': '{{reference}} no está aprobado.',
    'document-not-yet-effective': '{{reference}} entra en vigor el {{effectiveDate}}.',
    'document-expired':
      '{{reference}} superó su fecha de revisión ({{reviewDate}}) y no puede enviarse hasta que se vuelva a aprobar.',
    'document-deleted': '{{reference}} se ha retirado de la biblioteca.',
    'document-language-mismatch':
      '{{reference}} no está en el idioma de la carta. Elija su versión en ese idioma.',
    'hcp-document-for-patient':
      '{{reference}} está dirigido a profesionales sanitarios. Indique por qué lo envía a un paciente o cuidador.',
    'unsolicited-not-confirmed':
      'Esta solicitud fuera de indicación no se ha confirmado como espontánea. Una respuesta fuera de indicación solo puede responder a una solicitud espontánea.',
    'approved-indications-missing':
      '{{product}} no tiene indicaciones autorizadas registradas para {{country}}. Una carta fuera de indicación debe indicarlas.',
    'safety-information-missing':
      'Una carta fuera de indicación debe incluir la información de seguridad importante.',
    'signature-missing': 'La firma necesita el nombre del firmante en letra de imprenta.',
    'signature-image-invalid': 'Falta la imagen de la firma o no es una imagen PNG.',
    'logo-invalid': 'El logotipo debe ser una imagen PNG o JPEG.',
    'right-to-left-text':
      '{{field}} contiene escritura hebrea o árabe, que los documentos aún no pueden imprimir.',
  },
} satisfies Pick<MessageCatalog, 'documentProblems'>;
