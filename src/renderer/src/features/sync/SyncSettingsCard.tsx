import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { originOfServerUrl } from '../../../../shared/security/csp';
import { getDatabase, saveSyncSettings, useIsDemoStore, useSyncSettings } from '../../data';
import { getPlatform } from '../../platform';
import { DemoDataCard } from './DemoDataCard';
import { SessionPanel } from './SessionPanel';

type Notice = { severity: 'success' | 'error' | 'info'; text: string };

/**
 * The sync server, this laptop's name, and signing in and out. A new server is confirmed by the
 * desktop app (its CSP opens to that origin only) and applies after a reload.
 */
export function SyncSettingsCard(): ReactNode {
  const settings = useSyncSettings();
  const isDemo = useIsDemoStore();
  if (settings === undefined || isDemo === undefined) return null;
  return <SyncSettingsForm settings={settings} isDemo={isDemo} />;
}

type Settings = NonNullable<ReturnType<typeof useSyncSettings>>;

function SyncSettingsForm({
  settings,
  isDemo,
}: {
  settings: Settings;
  isDemo: boolean;
}): ReactNode {
  const { t } = useTranslation();
  const [serverUrl, setServerUrl] = useState(settings.serverUrl ?? '');
  const [deviceName, setDeviceName] = useState(settings.deviceName ?? '');
  const [notice, setNotice] = useState<Notice | null>(null);

  const saveServer = async (): Promise<void> => {
    setNotice(null);
    try {
      originOfServerUrl(serverUrl);
    } catch {
      return setNotice({ severity: 'error', text: t('sync.settings.invalidUrl') });
    }
    const name = deviceName.trim();
    if (name.length === 0 || name.length > 100) {
      return setNotice({ severity: 'error', text: t('sync.settings.invalidDeviceName') });
    }
    const answer = await getPlatform().setServerUrl({ serverUrl });
    if (!answer.applied)
      return setNotice({ severity: 'info', text: t('sync.settings.serverDeclined') });
    await saveSyncSettings(getDatabase(), { serverUrl, deviceName: name });
    // The page's CSP was built for the old server: only a new load lets it reach the new one.
    if (answer.needsReload) window.location.reload();
    else setNotice({ severity: 'success', text: t('sync.settings.serverSaved') });
  };

  return (
    <Stack spacing={2}>
      <DemoDataCard />
      <Card variant="outlined">
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="h6" component="h3">
              {t('sync.settings.title')}
            </Typography>
            <TextField
              label={t('sync.settings.serverUrl')}
              helperText={t('sync.settings.serverUrlHelp')}
              value={serverUrl}
              onChange={(event) => setServerUrl(event.target.value)}
              disabled={isDemo}
              slotProps={{ htmlInput: { 'data-testid': 'server-url' } }}
            />
            <TextField
              label={t('sync.settings.deviceName')}
              helperText={t('sync.settings.deviceNameHelp')}
              value={deviceName}
              onChange={(event) => setDeviceName(event.target.value)}
              disabled={isDemo}
              slotProps={{ htmlInput: { 'data-testid': 'device-name' } }}
            />
            <Button
              variant="outlined"
              sx={{ alignSelf: 'start' }}
              disabled={isDemo}
              onClick={() => void saveServer()}
            >
              {t('sync.settings.saveServer')}
            </Button>
            {notice && <Alert severity={notice.severity}>{notice.text}</Alert>}
            {!isDemo && (
              <SessionPanel
                serverUrl={settings.serverUrl}
                deviceName={settings.deviceName ?? deviceName}
                session={settings.session}
              />
            )}
          </Stack>
        </CardContent>
      </Card>
    </Stack>
  );
}
