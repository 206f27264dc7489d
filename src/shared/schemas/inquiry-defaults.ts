import type { z } from 'zod';
import type { Inquiry, inquirySchema } from './inquiry';

/**
 * An inquiry read back without parsing (the store, the list's scan) with the defaults of the
 * fields added after version 1 filled in, as parsing would. Cheap: no validation.
 */
export function withInquiryDefaults(record: z.input<typeof inquirySchema>): Inquiry {
  const confirmation = record.unsolicitedConfirmation;
  return {
    ...record,
    privacyNoticeAcknowledged: record.privacyNoticeAcknowledged ?? false,
    signatures: record.signatures ?? [],
    linkedInquiryIds: record.linkedInquiryIds ?? [],
    followUps: record.followUps ?? [],
    responses: (record.responses ?? []).map((response) => ({
      ...response,
      language: response.language ?? null,
      letterContentSha256: response.letterContentSha256 ?? null,
      pdfSha256: response.pdfSha256 ?? null,
      signatureId: response.signatureId ?? null,
      reviewSignatureId: response.reviewSignatureId ?? null,
    })),
    customResponses: record.customResponses ?? [],
    unsolicitedConfirmation:
      confirmation === null
        ? null
        : {
            ...confirmation,
            initiatedBy: confirmation.initiatedBy ?? 'requester',
            referral: confirmation.referral ?? 'none',
            recordedBy: confirmation.recordedBy ?? null,
          },
    personal: {
      ...record.personal,
      signatures: record.personal.signatures ?? {},
      followUpNotes: record.personal.followUpNotes ?? {},
      referrerName: record.personal.referrerName ?? null,
      customResponseTexts: record.personal.customResponseTexts ?? {},
    },
  };
}
