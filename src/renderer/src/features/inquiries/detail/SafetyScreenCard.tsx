import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Inquiry, SafetyScreen } from '../../../../../shared/schemas';
import { getDatabase, saveSafetyScreen } from '../../../data';
import { currentActor } from '../../../app/session';
import { formatDateTime } from '../../../components/formatting';
import { DismissalReasons, InquirySafetyReports, useDismissalReasons } from '../../safety';
import { ScreenedText } from '../common/ScreenedText';
import { attempt, DetailCard } from './DetailCard';

const questions = ['hasAdverseEvent', 'hasQualityComplaint', 'hasSpecialSituation'] as const;
type Answers = Record<(typeof questions)[number], 'yes' | 'no' | ''>;

function answersOf(screen: SafetyScreen | null): Answers {
  const answer = (value: boolean | undefined): 'yes' | 'no' | '' =>
    value === undefined ? '' : value ? 'yes' : 'no';
  return {
    hasAdverseEvent: answer(screen?.hasAdverseEvent),
    hasQualityComplaint: answer(screen?.hasQualityComplaint),
    hasSpecialSituation: answer(screen?.hasSpecialSituation),
  };
}

function booleansOf(answers: Answers): Partial<Record<keyof Answers, boolean>> {
  const value = (answer: Answers[keyof Answers]): boolean | undefined =>
    answer === '' ? undefined : answer === 'yes';
  return {
    hasAdverseEvent: value(answers.hasAdverseEvent),
    hasQualityComplaint: value(answers.hasQualityComplaint),
    hasSpecialSituation: value(answers.hasSpecialSituation),
  };
}

/**
 * The mandatory safety step (GVP VI.B.6): three questions asked of every contact, answered
 * before the inquiry can be worked on. Screening of the questions and notes prompts the officer.
 */
export function SafetyScreenCard({ inquiry }: { inquiry: Inquiry }): ReactNode {
  const { t, i18n } = useTranslation();
  const [answers, setAnswers] = useState<Answers>(() => answersOf(inquiry.safetyScreen));
  const [error, setError] = useState<string | null>(null);
  const text = [
    ...inquiry.personal.questions.map((question) => question.text),
    inquiry.personal.notes,
  ].join('\n');
  const recorded = inquiry.personal.safetyDismissals ?? [];
  // A "no" to a kind screening flagged is a dismissal and needs a reason (issue 7).
  const dismissal = useDismissalReasons(text, booleansOf(answers), recorded);
  const isComplete =
    questions.every((question) => answers[question] !== '') && dismissal.isComplete;
  const save = (): void => {
    void attempt(
      () =>
        saveSafetyScreen(
          getDatabase(),
          inquiry.id,
          {
            hasAdverseEvent: answers.hasAdverseEvent === 'yes',
            hasQualityComplaint: answers.hasQualityComplaint === 'yes',
            hasSpecialSituation: answers.hasSpecialSituation === 'yes',
          },
          currentActor(),
          dismissal.dismissals,
        ),
      setError,
    );
  };
  return (
    <DetailCard title={t('inquirySafety.title')} testId="safety-card">
      <Stack spacing={2}>
        {inquiry.safetyScreen === null ? (
          <Alert severity="warning">{t('inquirySafety.required')}</Alert>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('inquirySafety.answeredAt', {
              time: formatDateTime(inquiry.safetyScreen.answeredAt, i18n.language),
            })}
          </Typography>
        )}
        <ScreenedText text={text} />
        {questions.map((question) => (
          <FormControl key={question}>
            <FormLabel id={`${question}-label`}>{t(`inquirySafety.${question}`)}</FormLabel>
            <RadioGroup
              row
              aria-labelledby={`${question}-label`}
              value={answers[question]}
              onChange={(change) =>
                setAnswers({ ...answers, [question]: change.target.value === 'yes' ? 'yes' : 'no' })
              }
            >
              <FormControlLabel value="no" control={<Radio />} label={t('inquirySafety.no')} />
              <FormControlLabel value="yes" control={<Radio />} label={t('inquirySafety.yes')} />
            </RadioGroup>
          </FormControl>
        ))}
        <DismissalReasons state={dismissal} recorded={recorded} />
        {error && <Alert severity="error">{error}</Alert>}
        <Button
          variant="outlined"
          disabled={!isComplete}
          onClick={save}
          sx={{ alignSelf: 'flex-start' }}
        >
          {t('inquirySafety.save')}
        </Button>
        <InquirySafetyReports inquiry={inquiry} />
      </Stack>
    </DetailCard>
  );
}
