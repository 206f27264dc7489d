import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { SyncSession } from '../../../../shared/schemas';
import {
  getAppSyncEngine,
  useOutboxCount,
  useSyncIssues,
  useSyncStatus,
  type UnsyncedData,
} from '../../data';
import { useCurrentUser } from '../identity';
import { ExportDialog } from './ExportDialog';
import { sessionErrorText } from './sign-in-error';

type SessionPanelProps = {
  serverUrl: string | null;
  deviceName: string;
  session: SyncSession | null;
};

type Notice = { severity: 'success' | 'error' | 'info'; text: string };

/** Sign in (or again, after the server refused the token), or sign out after a warning. */
export function SessionPanel({ serverUrl, deviceName, session }: SessionPanelProps): ReactNode {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const pending = useOutboxCount() ?? 0;
  const issues = (useSyncIssues() ?? []).filter((issue) => issue.kind !== 'unreadable');
  // The person signed in here signs the laptop in with their own server account (decision 0078).
  const person = useCurrentUser();
  const [username, setUsername] = useState(person.username);
  const [password, setPassword] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [exported, setExported] = useState<UnsyncedData | null>(null);
  const [isExporting, setExporting] = useState(false);
  const unsynced = pending + issues.length;
  const needsSignIn = session === null || session.token === null;

  const signIn = async (): Promise<void> => {
    const engine = getAppSyncEngine();
    if (engine === null || serverUrl === null) return;
    setBusy(true);
    setNotice(null);
    try {
      await engine.signIn({
        serverUrl,
        username,
        password,
        deviceName: deviceName || 'MedInfo Desk',
        localUserId: person.id,
      });
      setPassword('');
      setNotice({ severity: 'success', text: t('sync.settings.signedIn') });
    } catch (error) {
      setNotice({ severity: 'error', text: sessionErrorText(t, error) });
    } finally {
      setBusy(false);
    }
  };
  const signOut = async (): Promise<void> => {
    const engine = getAppSyncEngine();
    if (engine === null) return;
    try {
      await engine.signOut(exported);
      setExported(null);
      setNotice({ severity: 'success', text: t('sync.settings.signedOut') });
    } catch (error) {
      setNotice({ severity: 'error', text: sessionErrorText(t, error) });
    }
  };

  return (
    <Stack spacing={2}>
      {session !== null && (
        <Typography data-testid="signed-in-as">
          {t('sync.signedInAs', {
            name: session.user.displayName ?? session.user.username,
            role: session.user.role,
            server: session.serverUrl,
          })}
        </Typography>
      )}
      {needsSignIn && serverUrl === null && (
        <Alert severity="info">{t('sync.settings.configureFirst')}</Alert>
      )}
      {needsSignIn && serverUrl !== null && (
        <>
          {status.phase === 'needs-sign-in' && (
            <Alert severity="warning">{t('sync.phase.needs-sign-in')}</Alert>
          )}
          <TextField
            label={t('sync.settings.username')}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            autoComplete="username"
            slotProps={{ htmlInput: { 'data-testid': 'sync-username' } }}
          />
          <TextField
            type="password"
            label={t('sync.settings.password')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="current-password"
            slotProps={{ htmlInput: { 'data-testid': 'sync-password' } }}
          />
          <Button
            variant="contained"
            sx={{ alignSelf: 'start' }}
            disabled={isBusy}
            onClick={() => void signIn()}
          >
            {isBusy ? t('sync.settings.signingIn') : t('sync.settings.signIn')}
          </Button>
        </>
      )}
      {session !== null && (
        <>
          {unsynced > 0 && (
            <Alert
              severity="warning"
              action={
                <Button color="inherit" onClick={() => setExporting(true)}>
                  {t('sync.settings.exportUnsynced')}
                </Button>
              }
            >
              {t('sync.settings.unsyncedWarning', { count: unsynced })}
            </Alert>
          )}
          <Button
            variant="outlined"
            color="warning"
            sx={{ alignSelf: 'start' }}
            onClick={() => void signOut()}
          >
            {t('sync.settings.signOut')}
          </Button>
        </>
      )}
      {notice && <Alert severity={notice.severity}>{notice.text}</Alert>}
      <ExportDialog
        isOpen={isExporting}
        onClose={() => setExporting(false)}
        onExported={(covers, fileName) => {
          setExporting(false);
          setExported(covers);
          setNotice({ severity: 'success', text: t('sync.settings.exportDone', { fileName }) });
        }}
      />
    </Stack>
  );
}
