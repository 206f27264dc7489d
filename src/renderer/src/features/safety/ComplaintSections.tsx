import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import { toDeviceTimestamp } from '../../../../shared/domain';
import {
  complainantTypeSchema,
  complaintNatureSchema,
  complaintReplySchema,
} from '../../../../shared/schemas';
import type {
  NewSafetyReport,
  ProductComplaint,
  ReporterContact,
} from '../../../../shared/schemas';
import { useProducts } from '../../data';
import { SelectInput, TextInput } from './fields';
import { Section } from './Section';

type ComplaintReport = Extract<NewSafetyReport, { kind: 'product-complaint' }>;
type Props = {
  report: ComplaintReport;
  onChange: (report: ComplaintReport) => void;
  seesContact: boolean;
};

const contactFields = [
  'street',
  'city',
  'postcode',
  'phone',
  'email',
] as const satisfies readonly (keyof ReporterContact)[];

/** 21 CFR 211.198(b): product and strength, lot and expiry, nature, sample, complainant, reply. */
export function ComplaintSections({ report, onChange, seesContact }: Props): ReactNode {
  const { t } = useTranslation();
  const catalog = useProducts() ?? [];
  const complaint = report.complaint;
  const set = (patch: Partial<ProductComplaint>): void => {
    const next = { ...complaint, ...patch };
    onChange({
      ...report,
      complaint: next,
      productIds: next.productId === null ? [] : [next.productId],
    });
  };
  const setPersonal = (patch: Partial<ComplaintReport['personal']>): void =>
    onChange({ ...report, personal: { ...report.personal, ...patch } });
  const path = 'complaint';
  return (
    <>
      <Section title={t('safetyReports.sections.complaint')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <SelectInput
              label={t('inquiries.products')}
              path={`${path}.productId`}
              value={complaint.productId}
              options={catalog.map((item) => item.id)}
              labelOf={(id) => catalog.find((item) => item.id === id)?.brandName ?? id}
              onChange={(productId) =>
                set({
                  productId,
                  productName:
                    complaint.productName ||
                    (catalog.find((item) => item.id === productId)?.brandName ?? ''),
                })
              }
              allowNone
            />
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <TextInput
              label={t('safetyReports.fields.productName')}
              path={`${path}.productName`}
              testId="complaint-product-name"
              value={complaint.productName}
              onChange={(productName) => set({ productName: productName ?? '' })}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>
            <TextInput
              label={t('safetyReports.fields.strength')}
              path={`${path}.strength`}
              value={complaint.strength}
              onChange={(strength) => set({ strength })}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>
            <TextInput
              label={t('safetyReports.fields.lot')}
              path={`${path}.lotNumber`}
              value={complaint.lotNumber}
              onChange={(lotNumber) => set({ lotNumber })}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>
            <TextInput
              label={t('safetyReports.fields.expiry')}
              path={`${path}.expiryDate`}
              value={complaint.expiryDate}
              onChange={(expiryDate) => set({ expiryDate })}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 6 }}>
            <SelectInput
              label={t('safetyReports.fields.nature')}
              path={`${path}.nature`}
              value={complaint.nature}
              options={complaintNatureSchema.options}
              labelOf={(nature) => t(`safetyReports.options.nature.${nature}`)}
              onChange={(nature) => set({ nature: nature ?? 'other' })}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 6 }}>
            <SelectInput
              label={t('safetyReports.fields.sampleAvailability')}
              path={`${path}.sampleAvailability`}
              value={complaint.sampleAvailability}
              options={['available', 'not-available', 'unknown'] as const}
              labelOf={(sample) => t(`safetyReports.options.sample.${sample}`)}
              onChange={(sampleAvailability) =>
                set({ sampleAvailability: sampleAvailability ?? 'unknown' })
              }
            />
          </Grid>
          <Grid size={12}>
            <TextInput
              multiline
              label={t('safetyReports.fields.description')}
              path="personal.description"
              value={report.personal.description}
              onChange={(description) => setPersonal({ description: description ?? '' })}
            />
          </Grid>
        </Grid>
      </Section>
      <Section title={t('safetyReports.sections.complainant')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 6, md: 4 }}>
            <SelectInput
              label={t('safetyReports.fields.complainantType')}
              path={`${path}.complainantType`}
              value={complaint.complainantType}
              options={complainantTypeSchema.options}
              labelOf={(type) => t(`safetyReports.options.complainantType.${type}`)}
              onChange={(complainantType) => set({ complainantType: complainantType ?? 'other' })}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>
            <TextInput
              label={t('safetyReports.fields.country')}
              path={`${path}.complainantCountry`}
              value={complaint.complainantCountry}
              onChange={(country) => set({ complainantCountry: country?.toUpperCase() ?? null })}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextInput
              label={t('safetyReports.fields.complainantName')}
              path="personal.complainant.name"
              value={report.personal.complainant.name}
              onChange={(name) =>
                setPersonal({ complainant: { ...report.personal.complainant, name } })
              }
            />
          </Grid>
          {seesContact ? (
            contactFields.map((field) => (
              <Grid key={field} size={{ xs: 12, sm: 6, md: 4 }}>
                <TextInput
                  label={t(`safetyReports.fields.${field}`)}
                  path={`personal.reporterContact.${field}`}
                  value={report.personal.reporterContact[field]}
                  onChange={(value) =>
                    setPersonal({
                      reporterContact: { ...report.personal.reporterContact, [field]: value },
                    })
                  }
                />
              </Grid>
            ))
          ) : (
            <Grid size={12}>
              <Alert severity="info">{t('safetyReports.fields.contactHidden')}</Alert>
            </Grid>
          )}
        </Grid>
      </Section>
      <Section title={t('safetyReports.sections.reply')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 6, md: 4 }}>
            <SelectInput
              label={t('safetyReports.fields.replyStatus')}
              path={`${path}.reply.sentAt`}
              value={complaint.reply.status}
              options={complaintReplySchema.shape.status.options}
              labelOf={(status) => t(`safetyReports.options.replyStatus.${status}`)}
              onChange={(status) =>
                set({
                  reply: {
                    ...complaint.reply,
                    status: status ?? 'pending',
                    sentAt:
                      status === 'sent'
                        ? (complaint.reply.sentAt ?? toDeviceTimestamp(new Date()))
                        : null,
                  },
                })
              }
            />
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>
            <SelectInput
              label={t('safetyReports.fields.replyMethod')}
              path={`${path}.reply.method`}
              value={complaint.reply.method}
              options={['letter', 'email', 'phone'] as const}
              labelOf={(method) => t(`safetyReports.options.replyMethod.${method}`)}
              onChange={(method) => set({ reply: { ...complaint.reply, method } })}
              allowNone
            />
          </Grid>
          <Grid size={12}>
            <TextInput
              multiline
              label={t('safetyReports.fields.replyText')}
              path="personal.replyText"
              value={report.personal.replyText}
              onChange={(replyText) => setPersonal({ replyText: replyText ?? '' })}
            />
          </Grid>
        </Grid>
      </Section>
    </>
  );
}
