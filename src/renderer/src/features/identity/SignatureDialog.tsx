import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ElectronicSignature } from '../../../../shared/signatures';
import { getDatabase, signElectronically } from '../../data';
import { identityErrorMessage, retryTimeOf } from './error-messages';
import { PasswordField } from './PasswordField';
import { markSignedWithUserId } from './session-actions';
import { useCurrentUser, useSessionState } from './session-store';
import type { SignatureRequest } from './SignatureProvider';
import { useCountdown } from './use-countdown';

type SignatureDialogProps = {
  request: SignatureRequest;
  onDone: (signature: ElectronicSignature | null) => void;
};

/**
 * The e-signature dialog (21 CFR 11.50, 11.200): shows what is signed, its meaning and the
 * printed name, and asks the two components — user ID and password — or, for later signings in
 * the same continuous session, the password only.
 */
export function SignatureDialog({ request, onDone }: SignatureDialogProps): ReactNode {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { hasSignedWithUserId } = useSessionState();
  const [username, setUsername] = useState(hasSignedWithUserId ? user.username : '');
  const [password, setPassword] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [retryAt, setRetryAt] = useState<Date | null>(null);
  const wait = useCountdown(retryAt);

  const sign = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const signature = await signElectronically(getDatabase(), {
        signerUserId: user.id,
        username,
        password,
        meaning: request.meaning,
        binding: request.binding,
        record: request.record,
      });
      markSignedWithUserId();
      onDone(signature);
    } catch (caught) {
      setPassword('');
      setError(identityErrorMessage(caught, t));
      setRetryAt(retryTimeOf(caught));
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={() => onDone(null)}
      aria-labelledby="signature-title"
      maxWidth="sm"
      fullWidth
    >
      <form onSubmit={(event) => void sign(event)} noValidate>
        <DialogTitle id="signature-title">{t('identity.signature.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography>{request.statement}</Typography>
            <Typography data-testid="signature-manifest">
              {t('identity.signature.manifest', {
                name: user.displayName,
                meaning: t(`identity.meaning.${request.meaning}`),
              })}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('identity.signature.binding')}
            </Typography>
            {!hasSignedWithUserId && (
              <TextField
                label={t('identity.account.username')}
                value={username}
                onChange={(event) => setUsername(event.target.value)}
                autoComplete="username"
                required
                autoFocus
              />
            )}
            <PasswordField
              label={t('identity.password.label')}
              value={password}
              onChange={setPassword}
              autoComplete="current-password"
              autoFocus={hasSignedWithUserId}
              disabled={isBusy}
            />
            {error && (
              <Alert severity="error" role="alert">
                {error}
                {wait > 0 && ` ${t('identity.signIn.retryIn', { count: wait })}`}
              </Alert>
            )}
            {isBusy && <LinearProgress aria-label={t('identity.signIn.checking')} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onDone(null)}>{t('identity.signature.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={isBusy || wait > 0 || password === '' || username === ''}
          >
            {t('identity.signature.sign')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
