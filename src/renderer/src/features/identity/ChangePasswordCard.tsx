import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { checkPassword } from '../../../../shared/identity';
import { changePassword, createActor, getDatabase } from '../../data';
import { identityErrorMessage } from './error-messages';
import { PasswordField } from './PasswordField';
import { useCurrentUser } from './session-store';

type Outcome = { severity: 'success' | 'error'; message: string } | null;

/** Change your own password: the current one first, then the new one twice. */
export function ChangePasswordCard(): ReactNode {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const [problem] = checkPassword(next, user.username);
    if (problem || next !== again) {
      const message = problem
        ? t(`identity.passwordProblem.${problem}`)
        : t('identity.password.mismatch');
      setOutcome({ severity: 'error', message });
      return;
    }
    setBusy(true);
    try {
      await changePassword(
        getDatabase(),
        { userId: user.id, currentPassword: current, newPassword: next },
        createActor(user.id),
      );
      setOutcome({ severity: 'success', message: t('identity.security.passwordChanged') });
      setCurrent('');
      setNext('');
      setAgain('');
    } catch (caught) {
      setOutcome({ severity: 'error', message: identityErrorMessage(caught, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      variant="outlined"
      component="form"
      onSubmit={(event: FormEvent) => void submit(event)}
      noValidate
    >
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          {t('identity.security.changePassword')}
        </Typography>
        <Stack spacing={2}>
          <PasswordField
            label={t('identity.password.current')}
            value={current}
            onChange={setCurrent}
            autoComplete="current-password"
          />
          <PasswordField
            label={t('identity.password.new')}
            value={next}
            onChange={setNext}
            autoComplete="new-password"
            helperText={t('identity.password.policy')}
          />
          <PasswordField
            label={t('identity.password.again')}
            value={again}
            onChange={setAgain}
            autoComplete="new-password"
          />
          {outcome && (
            <Alert
              severity={outcome.severity}
              role={outcome.severity === 'error' ? 'alert' : 'status'}
            >
              {outcome.message}
            </Alert>
          )}
          {isBusy && <LinearProgress aria-label={t('identity.signIn.checking')} />}
          <Button
            type="submit"
            variant="contained"
            disabled={isBusy || current === '' || next === ''}
            sx={{ alignSelf: 'flex-start' }}
          >
            {t('identity.security.changePassword')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
