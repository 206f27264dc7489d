import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Grid from '@mui/material/Grid';
import { specialSituationSchema } from '../../../../shared/safety/signal';
import type { NewAdverseEventReport } from '../../../../shared/schemas';
import { CheckInput, TextInput } from './fields';
import { Section } from './Section';

type Props = { report: NewAdverseEventReport; onChange: (report: NewAdverseEventReport) => void };

/** GVP VI.B.6 special situations (captured even without a reaction) and the narrative. */
export function SituationsSection({ report, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  const toggle = (
    situation: (typeof specialSituationSchema.options)[number],
    checked: boolean,
  ): void => {
    const others = report.specialSituations.filter((item) => item !== situation);
    onChange({ ...report, specialSituations: checked ? [...others, situation] : others });
  };
  return (
    <>
      <Section title={t('safetyReports.sections.specialSituations')}>
        <Grid container>
          {specialSituationSchema.options.map((situation) => (
            <Grid key={situation} size={{ xs: 12, sm: 6, md: 4 }}>
              <CheckInput
                label={t(`safetyReports.options.situation.${situation}`)}
                checked={report.specialSituations.includes(situation)}
                testId={`situation-${situation}`}
                onChange={(checked) => toggle(situation, checked)}
              />
            </Grid>
          ))}
        </Grid>
      </Section>
      <Section title={t('safetyReports.sections.narrative')}>
        <Grid container spacing={2}>
          <Grid size={12}>
            <TextInput
              multiline
              label={t('safetyReports.fields.narrative')}
              path="personal.narrative"
              value={report.personal.narrative}
              onChange={(narrative) =>
                onChange({
                  ...report,
                  personal: { ...report.personal, narrative: narrative ?? '' },
                })
              }
            />
          </Grid>
          <Grid size={12}>
            <TextInput
              multiline
              label={t('safetyReports.fields.relevantHistory')}
              path="personal.relevantHistory"
              value={report.personal.relevantHistory}
              onChange={(relevantHistory) =>
                onChange({
                  ...report,
                  personal: { ...report.personal, relevantHistory: relevantHistory ?? '' },
                })
              }
            />
          </Grid>
        </Grid>
      </Section>
    </>
  );
}
