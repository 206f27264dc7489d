import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { followUpChannelSchema } from '../../../../../shared/schemas';
import type { FollowUpChannel, Inquiry } from '../../../../../shared/schemas';
import { addFollowUp, getDatabase, useUsers } from '../../../data';
import { currentActor } from '../../../app/session';
import { formatDateTime } from '../../../components/formatting';
import { PlainTextArea } from '../common/PlainTextArea';
import { useDraftedState } from '../common/use-drafted-state';
import { attempt, DetailCard } from './DetailCard';

type FollowUpDraft = { channel: FollowUpChannel; direction: 'outgoing' | 'incoming'; note: string };
const initial: FollowUpDraft = { channel: 'phone', direction: 'outgoing', note: '' };

function parseDraft(kept: unknown): FollowUpDraft | null {
  if (typeof kept !== 'object' || kept === null) return null;
  const draft = kept as Partial<FollowUpDraft>; // written by this form; checked below
  const channel = followUpChannelSchema.safeParse(draft.channel).data;
  return channel && typeof draft.note === 'string'
    ? {
        channel,
        direction: draft.direction === 'incoming' ? 'incoming' : 'outgoing',
        note: draft.note,
      }
    : null;
}

/** Contacts after the first: asking for missing information, the requester calling back. */
export function FollowUpsCard({ inquiry }: { inquiry: Inquiry }): ReactNode {
  const { t, i18n } = useTranslation();
  const users = useUsers();
  const [error, setError] = useState<string | null>(null);
  const draft = useDraftedState(`inquiry:${inquiry.id}:follow-up`, inquiry.id, initial, parseDraft);
  const names = new Map((users ?? []).map((user) => [user.id, user.displayName]));
  if (!draft) return null;
  const value = draft.value;
  const save = (): void => {
    void attempt(async () => {
      await addFollowUp(getDatabase(), inquiry.id, value, currentActor());
      draft.reset();
    }, setError);
  };
  return (
    <DetailCard title={t('inquiryFollowUps.title')} testId="follow-ups-card">
      <Stack spacing={2}>
        {inquiry.followUps.length === 0 && (
          <Typography color="text.secondary">{t('inquiryFollowUps.none')}</Typography>
        )}
        {inquiry.followUps.map((followUp) => (
          <Stack key={followUp.id} spacing={0.25}>
            <Typography variant="body2" color="text.secondary">
              {`${formatDateTime(followUp.at, i18n.language)} · ${t(`inquiryFollowUps.channel.${followUp.channel}`)} · ${t(`inquiryFollowUps.direction.${followUp.direction}`)} · ${names.get(followUp.by) ?? followUp.by}`}
            </Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {inquiry.personal.followUpNotes[followUp.id] ?? ''}
            </Typography>
          </Stack>
        ))}
        {draft.isRestored && <Alert severity="info">{t('inquiryDetail.draftRestored')}</Alert>}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField
            select
            size="small"
            label={t('inquiryFollowUps.channelLabel')}
            value={value.channel}
            onChange={(change) =>
              draft.setValue({
                ...value,
                channel: followUpChannelSchema.catch(value.channel).parse(change.target.value),
              })
            }
          >
            {followUpChannelSchema.options.map((channel) => (
              <MenuItem key={channel} value={channel}>
                {t(`inquiryFollowUps.channel.${channel}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('inquiryFollowUps.directionLabel')}
            value={value.direction}
            onChange={(change) =>
              draft.setValue({
                ...value,
                direction: change.target.value === 'incoming' ? 'incoming' : 'outgoing',
              })
            }
          >
            <MenuItem value="outgoing">{t('inquiryFollowUps.direction.outgoing')}</MenuItem>
            <MenuItem value="incoming">{t('inquiryFollowUps.direction.incoming')}</MenuItem>
          </TextField>
        </Stack>
        <PlainTextArea
          rows={3}
          label={t('inquiryFollowUps.note')}
          value={value.note}
          onChange={(note) => draft.setValue({ ...value, note })}
        />
        {error && <Alert severity="error">{error}</Alert>}
        <Button
          variant="outlined"
          disabled={value.note.trim() === ''}
          onClick={save}
          sx={{ alignSelf: 'flex-start' }}
        >
          {t('inquiryFollowUps.add')}
        </Button>
      </Stack>
    </DetailCard>
  );
}
