import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import { reporterQualificationSchema } from '../../../../shared/schemas';
import type { NewAdverseEventReport, ReporterContact } from '../../../../shared/schemas';
import { SelectInput, TextInput } from './fields';
import { Section } from './Section';

type Props = {
  report: NewAdverseEventReport;
  onChange: (report: NewAdverseEventReport) => void;
  seesContact: boolean;
};

const contactFields = [
  'street',
  'city',
  'state',
  'postcode',
  'phone',
  'email',
] as const satisfies readonly (keyof ReporterContact)[];

/** C.2: qualification and country (PV always sees them), identity and contact (personal). */
export function ReporterSection({ report, onChange, seesContact }: Props): ReactNode {
  const { t } = useTranslation();
  const identity = report.personal.reporter;
  const setIdentity = (patch: Partial<typeof identity>): void =>
    onChange({ ...report, personal: { ...report.personal, reporter: { ...identity, ...patch } } });
  const setContact = (patch: Partial<ReporterContact>): void =>
    onChange({
      ...report,
      personal: {
        ...report.personal,
        reporterContact: { ...report.personal.reporterContact, ...patch },
      },
    });
  return (
    <Section title={t('safetyReports.sections.reporter')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectInput
            label={t('safetyReports.fields.qualification')}
            path="reporter.qualification"
            value={report.reporter.qualification}
            options={reporterQualificationSchema.options}
            labelOf={(option) => t(`safetyReports.options.qualification.${option}`)}
            onChange={(qualification) =>
              onChange({ ...report, reporter: { ...report.reporter, qualification } })
            }
            allowNone
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextInput
            label={t('safetyReports.fields.country')}
            path="reporter.country"
            value={report.reporter.country}
            onChange={(country) =>
              onChange({
                ...report,
                reporter: { ...report.reporter, country: country?.toUpperCase() ?? null },
              })
            }
          />
        </Grid>
        {(['title', 'givenName', 'familyName', 'initials', 'organisation'] as const).map(
          (field) => (
            <Grid
              key={field}
              size={{
                xs: 12,
                sm: field === 'organisation' ? 12 : 6,
                md: field === 'organisation' ? 12 : 3,
              }}
            >
              <TextInput
                label={t(`safetyReports.fields.${field}`)}
                path={`personal.reporter.${field}`}
                value={identity[field]}
                onChange={(value) => setIdentity({ [field]: value })}
              />
            </Grid>
          ),
        )}
        {seesContact ? (
          contactFields.map((field) => (
            <Grid key={field} size={{ xs: 12, sm: 6, md: 4 }}>
              <TextInput
                label={t(`safetyReports.fields.${field}`)}
                path={`personal.reporterContact.${field}`}
                value={report.personal.reporterContact[field]}
                onChange={(value) => setContact({ [field]: value })}
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
  );
}
