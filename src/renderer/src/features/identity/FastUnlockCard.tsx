import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { disableFastUnlock, enableFastUnlock, getDatabase, isFastUnlockEnabled } from '../../data';
import { getPlatform, secretProtector } from '../../platform';
import type { SecureStorageStatus } from '../../platform';
import { identityErrorMessage } from './error-messages';
import { PasswordField } from './PasswordField';
import { useCurrentUser } from './session-store';

/**
 * Fast unlock: the device key kept by the operating system's key store, so unlocking skips the
 * slow password derivation. Offered only where the OS really protects it (decision 0013).
 */
export function FastUnlockCard(): ReactNode {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [status, setStatus] = useState<SecureStorageStatus | null>(null);
  const [isEnabled, setEnabled] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void getPlatform().getSecureStorageStatus().then(setStatus);
    void isFastUnlockEnabled(getDatabase(), user.id).then(setEnabled);
  }, [user.id]);

  const enable = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    try {
      await enableFastUnlock(
        getDatabase(),
        { userId: user.id, password, now: new Date() },
        secretProtector(),
      );
      setEnabled(true);
      setPassword('');
      setError(null);
    } catch (caught) {
      setError(identityErrorMessage(caught, t));
    }
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          {t('identity.security.fastTitle')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('identity.security.fastIntro')}
        </Typography>
        {status && !status.isAvailable && (
          <Alert severity="info">
            {t(`identity.security.fastUnavailable.${status.reason ?? 'no-encryption'}`)}
          </Alert>
        )}
        {status?.isAvailable && isEnabled && (
          <Button
            variant="outlined"
            onClick={() =>
              void disableFastUnlock(getDatabase(), user.id).then(() => setEnabled(false))
            }
          >
            {t('identity.security.fastOff')}
          </Button>
        )}
        {status?.isAvailable && !isEnabled && (
          <Stack component="form" spacing={2} onSubmit={(event: FormEvent) => void enable(event)}>
            <PasswordField
              label={t('identity.password.current')}
              value={password}
              onChange={setPassword}
              autoComplete="current-password"
            />
            {error && <Alert severity="error">{error}</Alert>}
            <Button
              type="submit"
              variant="contained"
              disabled={password === ''}
              sx={{ alignSelf: 'flex-start' }}
            >
              {t('identity.security.fastOn')}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
