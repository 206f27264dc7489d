import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { User } from '../../../../shared/schemas';
import { createActor, getDatabase, resetPassword } from '../../data';
import { identityErrorMessage } from './error-messages';
import { PasswordField } from './PasswordField';
import { useCurrentUser } from './session-store';

/** An administrator sets a new password for someone who forgot theirs (audited). */
export function ResetPasswordDialog({
  account,
  onClose,
}: {
  account: User;
  onClose: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const admin = useCurrentUser();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (password !== again) {
      setError(t('identity.password.mismatch'));
      return;
    }
    setBusy(true);
    try {
      await resetPassword(
        getDatabase(),
        { userId: account.id, newPassword: password },
        createActor(admin.id),
      );
      onClose();
    } catch (caught) {
      setError(identityErrorMessage(caught, t));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="reset-title" maxWidth="xs" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="reset-title">
          {t('identity.users.resetTitle', { name: account.displayName })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {t('identity.users.resetIntro')}
            </Typography>
            <PasswordField
              label={t('identity.password.initial')}
              value={password}
              onChange={setPassword}
              autoComplete="new-password"
              autoFocus
            />
            <PasswordField
              label={t('identity.password.again')}
              value={again}
              onChange={setAgain}
              autoComplete="new-password"
            />
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('identity.signature.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={isBusy || password === ''}>
            {t('identity.users.resetPassword')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
