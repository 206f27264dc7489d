import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { permissionsOf } from '../../../../../shared/schemas';
import type { Inquiry } from '../../../../../shared/schemas';
import { availableTransitions } from '../../../../../shared/domain';
import { assignInquiry, changeInquiryStatus, getDatabase, useUsers } from '../../../data';
import { currentActor } from '../../../app/session';
import { attempt, DetailCard } from './DetailCard';

/**
 * The workflow: the moves the table offers from the current status, each disabled with its
 * reasons until the inquiry is ready for it, and who the inquiry is assigned to.
 */
export function StatusCard({ inquiry }: { inquiry: Inquiry }): ReactNode {
  const { t } = useTranslation();
  const users = useUsers();
  const [error, setError] = useState<string | null>(null);
  const officers = (users ?? []).filter(
    (user) => user.isActive && permissionsOf(user.role).canCaptureInquiries,
  );
  const moves = availableTransitions(inquiry);
  const move = (to: Inquiry['status']): void => {
    void attempt(
      () => changeInquiryStatus(getDatabase(), inquiry.id, to, currentActor()),
      setError,
    );
  };
  return (
    <DetailCard title={t('inquiryDetail.status')} testId="status-card">
      <Stack spacing={2}>
        <Typography data-testid="detail-status" sx={{ fontWeight: 600 }}>
          {t(`inquiryStatus.${inquiry.status}`)}
        </Typography>
        {moves.map(({ to, blockers }) => (
          <Stack key={to} spacing={0.5}>
            <Button
              variant={blockers.length === 0 ? 'contained' : 'outlined'}
              disabled={blockers.length > 0}
              onClick={() => move(to)}
              data-testid={`move-${to}`}
            >
              {t(`inquiryWorkflow.moveTo.${to}`)}
            </Button>
            {blockers.map((blocker) => (
              <Typography key={blocker} variant="caption" color="text.secondary">
                {t(`inquiryWorkflow.blockers.${blocker}`)}
              </Typography>
            ))}
          </Stack>
        ))}
        {moves.length === 0 && (
          <Typography color="text.secondary">{t('inquiryWorkflow.final')}</Typography>
        )}
        <TextField
          select
          label={t('inquiryDetail.assignedTo')}
          value={inquiry.assignedTo ?? ''}
          onChange={(change) =>
            void attempt(
              () =>
                assignInquiry(
                  getDatabase(),
                  inquiry.id,
                  change.target.value === '' ? null : change.target.value,
                  currentActor(),
                ),
              setError,
            )
          }
        >
          <MenuItem value="">{t('inquiryDetail.unassigned')}</MenuItem>
          {officers.map((user) => (
            <MenuItem key={user.id} value={user.id}>
              {user.displayName}
            </MenuItem>
          ))}
        </TextField>
        {error && <Alert severity="error">{error}</Alert>}
      </Stack>
    </DetailCard>
  );
}
