import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { screenText } from '../../../../../shared/safety';
import type { BoothFormValues } from './booth-form';
import { BoothChoice } from './BoothFields';
import { signalLabelKey } from '../common/ScreenedText';
import { useDebouncedValue } from '../common/use-debounced-value';

/** The three mandatory questions of every contact (GVP VI.B.6), in the order PV needs them. */
export const safetyQuestions = [
  'hasAdverseEvent',
  'hasQualityComplaint',
  'hasSpecialSituation',
] as const;

/**
 * The safety step: each question must be answered yes or no before the request can be saved.
 * What screening found in the questions is repeated here as a prompt; the officer decides.
 */
export function SafetySection({ control }: { control: Control<BoothFormValues> }): ReactNode {
  const { t } = useTranslation();
  const questions = useWatch({ control, name: 'questions' });
  const text = useDebouncedValue(questions.map((question) => question.text).join('\n'));
  const signals = useMemo(() => screenText(text), [text]);
  const kinds = [...new Set(signals.map((signal) => t(signalLabelKey(signal))))];
  const answers = [
    { value: 'no', label: t('inquirySafety.no') },
    { value: 'yes', label: t('inquirySafety.yes') },
  ];
  return (
    <Stack spacing={2}>
      {kinds.length > 0 && (
        <Alert severity="warning" data-testid="booth-screening-summary">
          {t('inquirySafety.screeningSuggests', { kinds: kinds.join(', ') })}
        </Alert>
      )}
      {safetyQuestions.map((question) => (
        <BoothChoice
          key={question}
          control={control}
          name={`safety.${question}`}
          label={t(`inquirySafety.${question}`)}
          options={answers}
        />
      ))}
    </Stack>
  );
}
