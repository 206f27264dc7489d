import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Timestamp } from '../../../../shared/schemas';
import { useMomentInput } from './use-moment-input';

export type PvAction =
  | { kind: 'acknowledged'; occurredAt: Timestamp; pvCaseId: string }
  | { kind: 'reconciled'; occurredAt: Timestamp };

/** PV's acknowledgement (with its case id) or the reconciliation of a forwarded report. */
export function PvActionDialog({
  kind,
  error,
  onClose,
  onConfirm,
}: {
  kind: PvAction['kind'];
  error: string | null;
  onClose: () => void;
  onConfirm: (action: PvAction) => void;
}): ReactNode {
  const { t } = useTranslation();
  const moment = useMomentInput();
  const [pvCaseId, setPvCaseId] = useState('');
  const isAcknowledgement = kind === 'acknowledged';
  const confirm = (): void => {
    const occurredAt = moment.resolve();
    if (occurredAt === null) return;
    onConfirm(
      isAcknowledgement
        ? { kind, occurredAt, pvCaseId: pvCaseId.trim() }
        : { kind: 'reconciled', occurredAt },
    );
  };
  const prefix = isAcknowledgement ? 'acknowledge' : 'reconcile';
  return (
    <Dialog open onClose={onClose} aria-labelledby="pv-action-title">
      <DialogTitle id="pv-action-title">{t(`safetyWorkflow.lifecycle.${prefix}Title`)}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t(`safetyWorkflow.lifecycle.${prefix}Help`)}</DialogContentText>
        <Stack spacing={2} sx={{ mt: 2 }}>
          {isAcknowledgement && (
            <TextField
              label={t('safetyWorkflow.lifecycle.pvCaseId')}
              value={pvCaseId}
              onChange={(event) => setPvCaseId(event.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'pv-case-id' } }}
            />
          )}
          <TextField
            type="datetime-local"
            label={t('safetyWorkflow.lifecycle.occurredAt')}
            value={moment.value}
            onChange={(event) => moment.setValue(event.target.value)}
            error={error !== null}
            helperText={error}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('safetyReports.actions.cancel')}</Button>
        <Button
          variant="contained"
          onClick={confirm}
          disabled={isAcknowledgement && pvCaseId.trim() === ''}
          data-testid="pv-action-confirm"
        >
          {t('safetyReports.actions.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
