import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { followUpOutcomeSchema, safetyFollowUpChannelSchema } from '../../../../shared/schemas';
import type {
  FollowUpOutcome,
  FollowUpTopic,
  SafetyFollowUpChannel,
  Timestamp,
} from '../../../../shared/schemas';
import { useMomentInput } from './use-moment-input';

export type AttemptInput = {
  occurredAt: Timestamp;
  topics: FollowUpTopic[];
  channel: SafetyFollowUpChannel;
  outcome: FollowUpOutcome;
  note: string;
};

/** One attempt to obtain missing information: what was asked, how, and what came of it. */
export function FollowUpAttemptDialog({
  topics,
  initial,
  error,
  onClose,
  onConfirm,
}: {
  /** The topics offered. */
  topics: readonly FollowUpTopic[];
  /** The topics ticked at first: the open follow-up tasks. */
  initial: readonly FollowUpTopic[];
  error: string | null;
  onClose: () => void;
  onConfirm: (attempt: AttemptInput) => void;
}): ReactNode {
  const { t } = useTranslation();
  const moment = useMomentInput();
  const [chosen, setChosen] = useState<readonly FollowUpTopic[]>(initial);
  const [channel, setChannel] = useState<SafetyFollowUpChannel>('phone');
  const [outcome, setOutcome] = useState<FollowUpOutcome>('no-response');
  const [note, setNote] = useState('');
  const confirm = (): void => {
    const occurredAt = moment.resolve();
    if (occurredAt !== null)
      onConfirm({ occurredAt, topics: [...chosen], channel, outcome, note: note.trim() });
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="attempt-title">
      <DialogTitle id="attempt-title">{t('safetyWorkflow.attempts.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <FormGroup>
            <FormLabel>{t('safetyWorkflow.attempts.topics')}</FormLabel>
            {topics.map((topic) => (
              <FormControlLabel
                key={topic}
                label={t(`safetyReports.followUp.topic.${topic}`)}
                control={
                  <Checkbox
                    checked={chosen.includes(topic)}
                    onChange={(event) =>
                      setChosen(
                        event.target.checked
                          ? [...chosen, topic]
                          : chosen.filter((item) => item !== topic),
                      )
                    }
                  />
                }
              />
            ))}
          </FormGroup>
          <TextField
            select
            label={t('safetyWorkflow.attempts.channel')}
            value={channel}
            onChange={(event) =>
              setChannel(safetyFollowUpChannelSchema.catch('phone').parse(event.target.value))
            }
          >
            {safetyFollowUpChannelSchema.options.map((item) => (
              <MenuItem key={item} value={item}>
                {t(`safetyWorkflow.attempts.channels.${item}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('safetyWorkflow.attempts.outcome')}
            value={outcome}
            onChange={(event) =>
              setOutcome(followUpOutcomeSchema.catch('no-response').parse(event.target.value))
            }
            slotProps={{ htmlInput: { 'data-testid': 'attempt-outcome' } }}
          >
            {followUpOutcomeSchema.options.map((item) => (
              <MenuItem key={item} value={item}>
                {t(`safetyWorkflow.attempts.outcomes.${item}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="datetime-local"
            label={t('safetyWorkflow.attempts.when')}
            value={moment.value}
            onChange={(event) => moment.setValue(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            label={t('safetyWorkflow.attempts.note')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            multiline
            minRows={2}
            error={error !== null}
            helperText={error}
            slotProps={{ htmlInput: { 'data-testid': 'attempt-note' } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('safetyReports.actions.cancel')}</Button>
        <Button
          variant="contained"
          disabled={chosen.length === 0}
          onClick={confirm}
          data-testid="attempt-confirm"
        >
          {t('safetyReports.actions.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
