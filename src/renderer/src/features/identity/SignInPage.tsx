import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { demoPassword, useHasDemoAccounts, useSignInAccounts } from '../../data';
import { AccountPicker } from './AccountPicker';
import { PasswordForm } from './PasswordForm';
import { useSessionState } from './session-store';

/**
 * The sign-in and lock screen. Locked, it shows who was signed in and asks their password (or
 * "switch user"); signed out, it lists the accounts of this laptop to pick from (quick switch).
 * Nothing of the locked session is on screen: the app behind it is not rendered at all.
 */
export function SignInPage(): ReactNode {
  const { t } = useTranslation();
  const session = useSessionState();
  const accounts = useSignInAccounts();
  const hasDemo = useHasDemoAccounts();
  const [chosenId, setChosenId] = useState<string | null>(
    session.status === 'locked' ? (session.user?.id ?? null) : null,
  );
  const chosen = accounts?.find((account) => account.id === chosenId) ?? null;
  const isLocked = session.status === 'locked' && chosen?.id === session.user?.id;
  return (
    <Box component="main" sx={{ maxWidth: 520, mx: 'auto', p: 4 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <LockOutlined color="primary" />
        <Typography variant="h4" component="h1">
          {isLocked ? t('identity.signIn.lockedTitle') : t('identity.signIn.title')}
        </Typography>
      </Box>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {isLocked
          ? t('identity.signIn.lockedIntro', { name: chosen?.displayName })
          : t('identity.signIn.intro')}
      </Typography>
      {hasDemo && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="demo-password-hint">
          {t('identity.signIn.demoHint')} <strong>{demoPassword}</strong>
        </Alert>
      )}
      <Card variant="outlined">
        <CardContent>
          {chosen ? (
            <>
              <PasswordForm key={chosen.id} user={chosen} />
              <Button sx={{ mt: 1 }} onClick={() => setChosenId(null)}>
                {t('identity.signIn.switchUser')}
              </Button>
            </>
          ) : (
            <AccountPicker accounts={accounts} onPick={setChosenId} />
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
