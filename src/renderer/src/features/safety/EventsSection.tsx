import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { createId } from '../../../../shared/domain';
import { blankEvent } from '../../../../shared/safety/day-zero';
import { seriousnessOrder } from '../../../../shared/safety/e2b/vocabulary';
import { eventOutcomeSchema } from '../../../../shared/schemas';
import type { NewAdverseEventReport, ReportedEvent } from '../../../../shared/schemas';
import { CheckInput, SelectInput, TextInput } from './fields';
import { MeddraPicker } from './MeddraPicker';
import { RepeatedSection } from './RepeatedSection';

type Props = {
  report: NewAdverseEventReport;
  onChange: (report: NewAdverseEventReport) => void;
  isReadOnly: boolean;
  language: string;
};

const languages = ['en', 'de', 'fr', 'es'] as const;

function EventFields({
  event,
  index,
  onChange,
}: {
  event: ReportedEvent;
  index: number;
  onChange: (event: ReportedEvent) => void;
}): ReactNode {
  const { t } = useTranslation();
  const path = `events.${index}`;
  const coding = event.coding;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 9 }}>
        <TextInput
          label={t('safetyReports.fields.verbatim')}
          path={`${path}.verbatim`}
          testId={`event-${index}-verbatim`}
          value={event.verbatim}
          onChange={(verbatim) => onChange({ ...event, verbatim: verbatim ?? '' })}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 3 }}>
        <SelectInput
          label={t('safetyReports.fields.language')}
          path={`${path}.language`}
          value={languages.find((code) => code === event.language) ?? null}
          options={languages}
          labelOf={(code) => t(`language.${code}`)}
          onChange={(language) => onChange({ ...event, language: language ?? 'en' })}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <TextInput
          label={t('safetyReports.fields.onset')}
          path={`${path}.onset`}
          testId={`event-${index}-onset`}
          value={event.onset}
          onChange={(onset) => onChange({ ...event, onset })}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <TextInput
          label={t('safetyReports.fields.end')}
          path={`${path}.end`}
          value={event.end}
          onChange={(end) => onChange({ ...event, end })}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <SelectInput
          label={t('safetyReports.fields.outcome')}
          path={`${path}.outcome`}
          value={event.outcome}
          options={eventOutcomeSchema.options}
          labelOf={(outcome) => t(`safetyReports.options.outcome.${outcome}`)}
          onChange={(outcome) => onChange({ ...event, outcome })}
          allowNone
        />
      </Grid>
      <Grid size={12}>
        <Typography variant="caption" color="text.secondary" component="p">
          {t('safetyReports.fields.seriousness')}
        </Typography>
        {seriousnessOrder.map((criterion) => (
          <CheckInput
            key={criterion}
            label={t(`safetyReports.options.seriousness.${criterion}`)}
            checked={event.seriousness[criterion]}
            testId={`event-${index}-${criterion}`}
            onChange={(checked) =>
              onChange({ ...event, seriousness: { ...event.seriousness, [criterion]: checked } })
            }
          />
        ))}
        <MeddraPicker
          verbatim={event.verbatim}
          coding={coding}
          onChange={(next) => onChange({ ...event, coding: next })}
          testId={`event-${index}-meddra`}
        />
      </Grid>
    </Grid>
  );
}

/** E: each suspected reaction in the reporter's words, with onset, outcome and seriousness. */
export function EventsSection({ report, onChange, isReadOnly, language }: Props): ReactNode {
  const { t } = useTranslation();
  return (
    <RepeatedSection
      title={t('safetyReports.sections.events')}
      items={report.events}
      onChange={(events) => onChange({ ...report, events })}
      isReadOnly={isReadOnly}
      addLabel={t('safetyReports.actions.addEvent')}
      addTestId="add-event"
      newItem={() => blankEvent(createId(), '', language)}
      renderItem={(event, index, change) => (
        <EventFields event={event} index={index} onChange={change} />
      )}
    />
  );
}
