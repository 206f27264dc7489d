import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { User } from '../../../../shared/schemas';
import { initialsOf } from './AccountPicker';
import { identityErrorMessage, retryTimeOf } from './error-messages';
import { PasswordField } from './PasswordField';
import { signInAs } from './session-actions';
import { useCountdown } from './use-countdown';

/** The password of one account; wrong attempts back off, and the wait is shown. */
export function PasswordForm({ user }: { user: User }): ReactNode {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [retryAt, setRetryAt] = useState<Date | null>(null);
  const wait = useCountdown(retryAt);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signInAs(user.id, password);
    } catch (caught) {
      setPassword('');
      setError(identityErrorMessage(caught, t));
      setRetryAt(retryTimeOf(caught));
      setBusy(false);
    }
  };

  return (
    <Box component="form" onSubmit={(event) => void submit(event)} noValidate>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2 }}>
        <Avatar>{initialsOf(user.displayName)}</Avatar>
        <Box>
          <Typography variant="h6" component="h2">
            {user.displayName}
          </Typography>
          <Typography color="text.secondary">{t(`identity.role.${user.role}`)}</Typography>
        </Box>
      </Box>
      <PasswordField
        label={t('identity.password.label')}
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
        autoFocus
        disabled={isBusy}
      />
      {error && (
        <Alert severity="error" sx={{ mt: 2 }} role="alert">
          {error}
          {wait > 0 && ` ${t('identity.signIn.retryIn', { count: wait })}`}
        </Alert>
      )}
      {isBusy && <LinearProgress sx={{ mt: 2 }} aria-label={t('identity.signIn.checking')} />}
      <Button
        type="submit"
        variant="contained"
        sx={{ mt: 2 }}
        disabled={isBusy || wait > 0 || password === ''}
        data-testid="sign-in"
      >
        {t('identity.signIn.submit')}
      </Button>
    </Box>
  );
}
