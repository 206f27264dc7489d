import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { updateChannelSchema } from '../../../../shared/updates';
import type { UpdateStatus } from '../../platform';
import { describeUpdateGate, describeUpdateState } from './update-messages';
import { useUpdateStatus } from './use-update-status';

/** While the card is shown, a download's progress is followed every two seconds. */
const POLL_MS = 2000;

function LastChecked({ status }: { status: UpdateStatus }): ReactNode {
  const { t, i18n } = useTranslation();
  if (status.lastCheckedAt === null) return null;
  const time = new Date(status.lastCheckedAt).toLocaleString(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Typography variant="body2" color="text.secondary">
      {t('updates.lastChecked', { time })}
    </Typography>
  );
}

/** Settings → Updates: version, channel, what the updater does and when an update installs. */
export function UpdatesCard(): ReactNode {
  const { t } = useTranslation();
  const { status, checkNow, setChannel, installNow } = useUpdateStatus(POLL_MS);
  const [failure, setFailure] = useState<string | null>(null);
  if (status === null) return null;
  const state = describeUpdateState(status);
  const gate = describeUpdateGate(status);
  const isEnabled = status.availability === 'enabled';
  const isBusy = ['checking', 'downloading', 'installing'].includes(status.phase);
  const run = (action: () => Promise<unknown>): void => {
    setFailure(null);
    action().catch((error: unknown) => {
      setFailure(error instanceof Error ? error.message : String(error));
    });
  };

  return (
    <Card variant="outlined" data-testid="updates-card">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h3">
            {t('updates.title')}
          </Typography>
          <Typography>
            {t('updates.installedVersion', { version: status.currentVersion })}
          </Typography>
          <FormControl disabled={!isEnabled}>
            <FormLabel id="update-channel-label">{t('updates.channel')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="update-channel-label"
              value={status.channel}
              onChange={(event) => {
                const channel = updateChannelSchema.safeParse(event.target.value);
                if (channel.success) run(() => setChannel(channel.data));
              }}
            >
              <FormControlLabel value="stable" control={<Radio />} label={t('updates.stable')} />
              <FormControlLabel value="beta" control={<Radio />} label={t('updates.beta')} />
            </RadioGroup>
          </FormControl>
          <Alert severity={state.severity} data-testid="update-state">
            {t(state.key, state.values)}
            {status.errorMessage !== null && status.phase === 'failed' && (
              <Typography variant="body2" component="div" sx={{ mt: 0.5 }}>
                {status.errorMessage}
              </Typography>
            )}
          </Alert>
          {gate !== null && (
            <Alert severity={gate.severity} data-testid="update-gate">
              {t(gate.key, gate.values)}
            </Alert>
          )}
          {failure !== null && <Alert severity="error">{failure}</Alert>}
          <LastChecked status={status} />
          <Stack direction="row" spacing={1}>
            <Button onClick={() => run(checkNow)} disabled={!isEnabled || isBusy}>
              {t('updates.checkNow')}
            </Button>
            <Button
              variant="contained"
              onClick={() => run(installNow)}
              disabled={!status.gate.canInstall}
            >
              {t('updates.installNow')}
            </Button>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}
