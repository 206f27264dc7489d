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

/** The frame both dialogs share: title, explanation, fields, cancel and confirm. */
function LifecycleDialog({
  isOpen,
  onClose,
  id,
  title,
  help,
  children,
  canConfirm,
  onConfirm,
  confirmTestId,
}: {
  isOpen: boolean;
  onClose: () => void;
  id: string;
  title: string;
  help: string;
  children: ReactNode;
  canConfirm: boolean;
  onConfirm: () => void;
  confirmTestId?: string;
}): ReactNode {
  const { t } = useTranslation();
  return (
    <Dialog open={isOpen} onClose={onClose} aria-labelledby={id}>
      <DialogTitle id={id}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{help}</DialogContentText>
        <Stack spacing={2} sx={{ mt: 2 }}>
          {children}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('safetyReports.actions.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!canConfirm}
          onClick={onConfirm}
          data-testid={confirmTestId}
        >
          {t('safetyReports.actions.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

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
    <LifecycleDialog
      isOpen={isOpen}
      onClose={onClose}
      id="day-zero-title"
      title={t('safetyReports.dayZero.dialogTitle')}
      help={t('safetyReports.dayZero.help')}
      canConfirm={to !== null}
      onConfirm={() => to !== null && onConfirm({ to, reason })}
    >
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
    </LifecycleDialog>
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
    <LifecycleDialog
      isOpen={isOpen}
      onClose={onClose}
      id="forwarding-title"
      title={t('safetyReports.forwarding.dialogTitle')}
      help={t('safetyReports.forwarding.help')}
      canConfirm={fromLocalInputValue(value) !== null && reference.trim() !== ''}
      onConfirm={() => {
        const at = resolveAt();
        if (at !== null) onConfirm({ channel, at, reference: reference.trim() });
      }}
      confirmTestId="forwarding-confirm"
    >
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
    </LifecycleDialog>
  );
}
