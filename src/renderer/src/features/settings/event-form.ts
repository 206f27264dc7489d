import { z } from 'zod';
import { idSchema } from '../../../../shared/schemas';
import type { CongressEvent } from '../../../../shared/schemas';

/** The congress event form: messages are catalog keys, shown next to each field. */
export const eventFormSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'inquiryFormErrors.required')
      .max(200, 'inquiryFormErrors.tooLong'),
    city: z
      .string()
      .trim()
      .min(1, 'inquiryFormErrors.required')
      .max(100, 'inquiryFormErrors.tooLong'),
    country: z.string().regex(/^[A-Z]{2}$/, 'inquiryFormErrors.countryCode'),
    startDate: z.iso.date('inquiryFormErrors.date'),
    endDate: z.iso.date('inquiryFormErrors.date'),
    boothLabel: z.string().trim().max(50, 'inquiryFormErrors.tooLong'),
    boothStaffUserIds: z.array(idSchema),
  })
  .refine((event) => event.endDate >= event.startDate, {
    path: ['endDate'],
    message: 'inquiryFormErrors.endBeforeStart',
  });

export type EventFormValues = z.input<typeof eventFormSchema>;
export type EventFormFields = z.output<typeof eventFormSchema>;

/** The form's values for an event, or for a new one. */
export function eventFormValues(event: CongressEvent | null): EventFormValues {
  return {
    name: event?.name ?? '',
    city: event?.city ?? '',
    country: event?.country ?? '',
    startDate: event?.startDate ?? '',
    endDate: event?.endDate ?? '',
    boothLabel: event?.boothLabel ?? '',
    boothStaffUserIds: event?.boothStaffUserIds ?? [],
  };
}

/** The event record the form's fields make (the booth label is optional). */
export function eventOfFields(
  fields: EventFormFields,
): Pick<
  CongressEvent,
  'name' | 'city' | 'country' | 'startDate' | 'endDate' | 'boothLabel' | 'boothStaffUserIds'
> {
  return { ...fields, boothLabel: fields.boothLabel === '' ? null : fields.boothLabel };
}
