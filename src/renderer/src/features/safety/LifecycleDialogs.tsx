import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { toDeviceTimestamp } from '../../../../shared/domain';
import type { Timestamp } from '../../../../shared/schemas';

/** The wall-clock value of a datetime-local input for a timestamp (`2026-03-03T09:30`). */
export function toLocalInputValue(timestamp: Timestamp): string {
  return toDeviceTimestamp(new Date(timestamp)).slice(0, 16);
}

export function fromLocalInputValue(value: string): Timestamp | null {
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : toDeviceTimestamp(instant);
}

type DialogProps<T> = {
  isOpen: boolean;
  onClose: () => void;
  onConfirm: (value: T) => void;
  error: string | null;
};

/** Day 0 earlier, with a reason (GVP VI.B.7; the change is audited). */
export function DayZeroDialog({
  isOpen,
  onClose,
  onConfirm,
  error,
  current,
}: DialogProps<{ to: Timestamp; reason: string }> & { current: Timestamp }): ReactNode {
  const { t } = useTranslation();
  const [value, setValue] = useState(toLocalInputValue(current));
  const [reason, setReason] = useState('');
  const to = fromLocalInputValue(value);
  return (
    <Dialog open={isOpen} onClose={onClose} aria-labelledby="day-zero-title">
      <DialogTitle id="day-zero-title">{t('safetyReports.dayZero.dialogTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('safetyReports.dayZero.help')}</DialogContentText>
        <Stack spacing={2} sx={{ mt: 2 }}>
          <TextField
            type="datetime-local"
            label={t('safetyReports.fields.newDayZero')}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            label={t('safetyReports.fields.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={error !== null}
            helperText={error}
            multiline
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('safetyReports.actions.cancel')}</Button>
        <Button
          variant="contained"
          disabled={to === null}
          onClick={() => to !== null && onConfirm({ to, reason })}
        >
          {t('safetyReports.actions.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

type ManualChannel = 'fax' | 'email' | 'phone';
const channels: readonly ManualChannel[] = ['fax', 'email', 'phone'];

/** A manual forwarding (fax, e-mail, phone to PV) with its time and reference. */
export function ForwardingDialog({
  isOpen,
  onClose,
  onConfirm,
  error,
}: DialogProps<{ channel: ManualChannel; at: Timestamp; reference: string }>): ReactNode {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<ManualChannel>('email');
  const [openedValue] = useState(() => toLocalInputValue(toDeviceTimestamp(new Date())));
  const [value, setValue] = useState(openedValue);
  const [reference, setReference] = useState('');
  // The input holds minutes only: left as it opened, it means "now", to the millisecond, so a
  // report captured and forwarded within the same minute is not forwarded "before Day 0".
  const resolveAt = (): Timestamp | null =>
    value === openedValue ? toDeviceTimestamp(new Date()) : fromLocalInputValue(value);
  return (
    <Dialog open={isOpen} onClose={onClose} aria-labelledby="forwarding-title">
      <DialogTitle id="forwarding-title">{t('safetyReports.forwarding.dialogTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('safetyReports.forwarding.help')}</DialogContentText>
        <Stack spacing={2} sx={{ mt: 2 }}>
          <TextField
            select
            label={t('safetyReports.fields.channel')}
            value={channel}
            onChange={(event) =>
              setChannel(channels.find((item) => item === event.target.value) ?? 'email')
            }
            slotProps={{ htmlInput: { 'data-testid': 'forwarding-channel' } }}
          >
            {channels.map((item) => (
              <MenuItem key={item} value={item}>
                {t(`safetyReports.options.channel.${item}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="datetime-local"
            label={t('safetyReports.fields.forwardedAt')}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            label={t('safetyReports.fields.forwardingReference')}
            value={reference}
            onChange={(event) => setReference(event.target.value)}
            error={error !== null}
            helperText={error}
            slotProps={{ htmlInput: { 'data-testid': 'forwarding-reference' } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('safetyReports.actions.cancel')}</Button>
        <Button
          variant="contained"
          disabled={fromLocalInputValue(value) === null || reference.trim() === ''}
          onClick={() => {
            const at = resolveAt();
            if (at !== null) onConfirm({ channel, at, reference: reference.trim() });
          }}
          data-testid="forwarding-confirm"
        >
          {t('safetyReports.actions.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
