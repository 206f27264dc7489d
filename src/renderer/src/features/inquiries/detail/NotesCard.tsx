import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { Inquiry } from '../../../../../shared/schemas';
import { getDatabase, saveInquiryNotes } from '../../../data';
import { currentActor } from '../../../app/session';
import { PlainTextArea } from '../common/PlainTextArea';
import { useDraftedState } from '../common/use-drafted-state';
import { attempt, DetailCard } from './DetailCard';

const parseDraft = (kept: unknown): string | null => (typeof kept === 'string' ? kept : null);

/** The officer's notes: personal text, kept as a draft while typed, audited when saved. */
export function NotesCard({ inquiry }: { inquiry: Inquiry }): ReactNode {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const stored = inquiry.personal.notes;
  const initial = useMemo(() => stored, [stored]);
  const draft = useDraftedState(`inquiry:${inquiry.id}:notes`, inquiry.id, initial, parseDraft);
  if (!draft) return null;
  const save = (): void => {
    void attempt(async () => {
      const saved = await saveInquiryNotes(getDatabase(), inquiry.id, draft.value, currentActor());
      draft.reset(saved.personal.notes);
    }, setError);
  };
  return (
    <DetailCard title={t('inquiryDetail.notes')} testId="notes-card">
      <Stack spacing={2}>
        {draft.isRestored && <Alert severity="info">{t('inquiryDetail.draftRestored')}</Alert>}
        <PlainTextArea
          rows={6}
          label={t('inquiryDetail.notes')}
          value={draft.value}
          onChange={draft.setValue}
          testId="notes-input"
        />
        {error && <Alert severity="error">{error}</Alert>}
        <Button
          variant="outlined"
          disabled={draft.value === stored}
          onClick={save}
          sx={{ alignSelf: 'flex-start' }}
        >
          {t('inquiryDetail.saveNotes')}
        </Button>
      </Stack>
    </DetailCard>
  );
}
