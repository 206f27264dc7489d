import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Grid from '@mui/material/Grid';
import {
  ageGroupSchema,
  ageUnitSchema,
  pregnancySchema,
  sexSchema,
} from '../../../../shared/schemas';
import type { NewAdverseEventReport, Patient, Pregnancy } from '../../../../shared/schemas';
import { CheckInput, NumberInput, SelectInput, TextInput } from './fields';
import { Section } from './Section';

type Props = { report: NewAdverseEventReport; onChange: (report: NewAdverseEventReport) => void };

const path = 'personal.patient';

/** D: the patient (all personal), pregnancy, and use in paediatric or elderly patients. */
export function PatientSection({ report, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  const patient = report.personal.patient;
  const set = (patch: Partial<Patient>): void =>
    onChange({ ...report, personal: { ...report.personal, patient: { ...patient, ...patch } } });
  const setPregnancy = (patch: Partial<Pregnancy>): void =>
    set({ pregnancy: { ...patient.pregnancy, ...patch } });
  const showsPregnancy =
    patient.pregnancy.status === 'pregnant' || report.specialSituations.includes('pregnancy');
  return (
    <Section title={t('safetyReports.sections.patient')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 6, md: 3 }}>
          <TextInput
            label={t('safetyReports.fields.initials')}
            path={`${path}.initials`}
            value={patient.initials}
            onChange={(initials) => set({ initials })}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TextInput
            label={t('safetyReports.fields.recordNumber')}
            path={`${path}.recordNumber`}
            value={patient.recordNumber}
            onChange={(recordNumber) => set({ recordNumber })}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextInput
            label={t('safetyReports.fields.dateOfBirth')}
            path={`${path}.dateOfBirth`}
            value={patient.dateOfBirth}
            onChange={(dateOfBirth) => set({ dateOfBirth })}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <NumberInput
            label={t('safetyReports.fields.age')}
            path={`${path}.age.value`}
            value={patient.age?.value ?? null}
            onChange={(value) =>
              set({ age: value === null ? null : { value, unit: patient.age?.unit ?? 'years' } })
            }
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <SelectInput
            label={t('safetyReports.fields.ageUnit')}
            path={`${path}.age.unit`}
            value={patient.age?.unit ?? 'years'}
            options={ageUnitSchema.options}
            labelOf={(unit) => t(`safetyReports.options.ageUnit.${unit}`)}
            onChange={(unit) =>
              set({
                age: patient.age === null || unit === null ? patient.age : { ...patient.age, unit },
              })
            }
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <SelectInput
            label={t('safetyReports.fields.ageGroup')}
            path={`${path}.ageGroup`}
            value={patient.ageGroup}
            options={ageGroupSchema.options}
            labelOf={(group) => t(`safetyReports.options.ageGroup.${group}`)}
            onChange={(ageGroup) => set({ ageGroup })}
            allowNone
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <SelectInput
            label={t('safetyReports.fields.sex')}
            path={`${path}.sex`}
            value={patient.sex}
            options={sexSchema.options}
            labelOf={(sex) => t(`safetyReports.options.sex.${sex}`)}
            onChange={(sex) => set({ sex })}
            allowNone
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <NumberInput
            label={t('safetyReports.fields.weight')}
            path={`${path}.weightKg`}
            value={patient.weightKg}
            onChange={(weightKg) => set({ weightKg })}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <NumberInput
            label={t('safetyReports.fields.height')}
            path={`${path}.heightCm`}
            value={patient.heightCm}
            onChange={(heightCm) => set({ heightCm })}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectInput
            label={t('safetyReports.fields.pregnancyStatus')}
            path={`${path}.pregnancy.status`}
            value={patient.pregnancy.status}
            options={pregnancySchema.shape.status.options}
            labelOf={(status) => t(`safetyReports.options.pregnancyStatus.${status}`)}
            onChange={(status) => setPregnancy({ status: status ?? 'unknown' })}
          />
        </Grid>
        {showsPregnancy && (
          <>
            <Grid size={{ xs: 6, md: 3 }}>
              <SelectInput
                label={t('safetyReports.fields.exposure')}
                path={`${path}.pregnancy.exposure`}
                value={patient.pregnancy.exposure}
                options={['maternal', 'paternal'] as const}
                labelOf={(exposure) => t(`safetyReports.options.exposure.${exposure}`)}
                onChange={(exposure) => setPregnancy({ exposure })}
                allowNone
              />
            </Grid>
            <Grid size={{ xs: 6, md: 3 }}>
              <TextInput
                label={t('safetyReports.fields.lastMenstrualPeriod')}
                path={`${path}.pregnancy.lastMenstrualPeriod`}
                value={patient.pregnancy.lastMenstrualPeriod}
                onChange={(lastMenstrualPeriod) => setPregnancy({ lastMenstrualPeriod })}
              />
            </Grid>
            <Grid size={{ xs: 6, md: 3 }}>
              <TextInput
                label={t('safetyReports.fields.expectedDeliveryDate')}
                path={`${path}.pregnancy.expectedDeliveryDate`}
                value={patient.pregnancy.expectedDeliveryDate}
                onChange={(expectedDeliveryDate) => setPregnancy({ expectedDeliveryDate })}
              />
            </Grid>
            <Grid size={{ xs: 6, md: 3 }}>
              <NumberInput
                label={t('safetyReports.fields.gestationWeeks')}
                path={`${path}.pregnancy.gestationWeeksAtExposure`}
                value={patient.pregnancy.gestationWeeksAtExposure}
                onChange={(gestationWeeksAtExposure) => setPregnancy({ gestationWeeksAtExposure })}
              />
            </Grid>
          </>
        )}
        <Grid size={12}>
          <CheckInput
            label={t('safetyReports.fields.paediatric')}
            checked={report.populations.paediatric}
            onChange={(paediatric) =>
              onChange({ ...report, populations: { ...report.populations, paediatric } })
            }
          />
          <CheckInput
            label={t('safetyReports.fields.elderly')}
            checked={report.populations.elderly}
            onChange={(elderly) =>
              onChange({ ...report, populations: { ...report.populations, elderly } })
            }
          />
        </Grid>
      </Grid>
    </Section>
  );
}
