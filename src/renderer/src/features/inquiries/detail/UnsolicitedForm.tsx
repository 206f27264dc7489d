import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { unsolicitedConfirmationSchema } from '../../../../../shared/schemas';
import type { Inquiry } from '../../../../../shared/schemas';
import { currentValidSignature } from '../../../../../shared/domain';
import { confirmUnsolicited, getDatabase } from '../../../data';
import type { UnsolicitedConfirmationInput } from '../../../data';
import { currentActor } from '../../../app/session';
import { formatDateTime } from '../../../components/formatting';
import { attempt } from './DetailCard';

const shape = unsolicitedConfirmationSchema.shape;

function initialInput(inquiry: Inquiry): UnsolicitedConfirmationInput {
  const confirmation = inquiry.unsolicitedConfirmation;
  const signature = currentValidSignature(inquiry);
  return {
    method: confirmation?.method ?? (signature ? 'signature' : 'written'),
    signatureId: confirmation?.signatureId ?? signature?.signature.id ?? null,
    initiatedBy: confirmation?.initiatedBy ?? 'requester',
    referral: confirmation?.referral ?? 'none',
    referrerName: inquiry.personal.referrerName,
  };
}

/** Who initiated the request, who referred it, and the proof that it was unsolicited. */
export function UnsolicitedForm({ inquiry }: { inquiry: Inquiry }): ReactNode {
  const { t, i18n } = useTranslation();
  const [input, setInput] = useState(() => initialInput(inquiry));
  const [error, setError] = useState<string | null>(null);
  const signature = currentValidSignature(inquiry);
  const confirmation = inquiry.unsolicitedConfirmation;
  const save = (): void => {
    const signatureId = input.method === 'signature' ? (signature?.signature.id ?? null) : null;
    void attempt(
      () =>
        confirmUnsolicited(getDatabase(), inquiry.id, { ...input, signatureId }, currentActor()),
      setError,
    );
  };
  const select = <K extends 'initiatedBy' | 'referral' | 'method'>(
    key: K,
    options: readonly string[],
  ): ReactNode => (
    <TextField
      select
      size="small"
      label={t(`inquiryOffLabel.${key}`)}
      value={input[key]}
      onChange={(change) => {
        const parsed = shape[key].safeParse(change.target.value);
        if (parsed.success) setInput({ ...input, [key]: parsed.data });
      }}
      slotProps={{ htmlInput: { 'data-testid': `unsolicited-${key}` } }}
    >
      {options.map((option) => (
        <MenuItem
          key={option}
          value={option}
          disabled={key === 'method' && option === 'signature' && !signature}
        >
          {t(`inquiryOffLabel.${key}Options.${option}`)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack spacing={2} data-testid="unsolicited-form">
      <Typography variant="subtitle2">{t('inquiryOffLabel.unsolicited')}</Typography>
      {confirmation ? (
        <Alert severity={confirmation.initiatedBy === 'requester' ? 'success' : 'error'}>
          {t(
            confirmation.initiatedBy === 'requester'
              ? 'inquiryOffLabel.confirmed'
              : 'inquiryOffLabel.solicited',
            {
              time: formatDateTime(confirmation.confirmedAt, i18n.language),
              method: t(`inquiryOffLabel.methodOptions.${confirmation.method}`),
            },
          )}
        </Alert>
      ) : (
        <Alert severity="warning">{t('inquiryOffLabel.notConfirmed')}</Alert>
      )}
      {select('initiatedBy', ['requester', 'company'])}
      {select('referral', ['none', 'sales-representative', 'msl'])}
      {input.referral !== 'none' && (
        <TextField
          size="small"
          label={t('inquiryOffLabel.referrerName')}
          value={input.referrerName ?? ''}
          onChange={(change) =>
            setInput({
              ...input,
              referrerName: change.target.value === '' ? null : change.target.value,
            })
          }
        />
      )}
      {select('method', ['signature', 'written', 'verbal'])}
      {error && <Alert severity="error">{error}</Alert>}
      <Button variant="outlined" onClick={save} sx={{ alignSelf: 'flex-start' }}>
        {t('inquiryOffLabel.confirm')}
      </Button>
    </Stack>
  );
}
