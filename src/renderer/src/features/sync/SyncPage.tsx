import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import { getAppSyncEngine, useOutboxCount, useSyncStatus } from '../../data';
import { formatDateTime } from '../../components/formatting';
import { PageHeader } from '../../components/PageHeader';
import { NeedsAttentionList } from './NeedsAttentionList';
import { SafetyReportTrails } from './SafetyReportTrails';

/** What sync is doing, what needs a person, and where the safety reports of this device stand. */
export function SyncPage(): ReactNode {
  const { t } = useTranslation();
  const status = useSyncStatus();
  return (
    <>
      <PageHeader
        title={t('sync.title')}
        actions={
          <Button
            variant="contained"
            startIcon={<SyncOutlined />}
            disabled={status.phase === 'syncing' || getAppSyncEngine() === null}
            onClick={() => void getAppSyncEngine()?.syncNow()}
          >
            {t('sync.syncNow')}
          </Button>
        }
      />
      <Stack spacing={2}>
        <SyncStatusCard />
        <NeedsAttentionList />
        <SafetyReportTrails />
      </Stack>
    </>
  );
}

function SyncStatusCard(): ReactNode {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const pending = useOutboxCount();
  const severity =
    status.phase === 'needs-sign-in' || status.phase === 'upgrade-required'
      ? 'error'
      : status.phase === 'idle'
        ? 'success'
        : status.phase === 'syncing' || status.phase === 'signed-out'
          ? 'info'
          : 'warning';
  const skewMinutes = Math.round((status.clockSkewMs ?? 0) / 60_000);
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={1}>
          <Alert severity={severity} data-testid="sync-phase-text">
            {t(`sync.phase.${status.phase}`, { version: status.minimumAppVersion ?? '' })}
          </Alert>
          {status.isQueueStuck && <Alert severity="warning">{t('sync.stuck')}</Alert>}
          {status.user && (
            <Typography>
              {t('sync.signedInAs', {
                name: status.user.displayName ?? status.user.username,
                role: status.user.role,
                server: status.serverUrl ?? '',
              })}
            </Typography>
          )}
          <Typography>{t('status.pendingSync', { count: pending ?? 0 })}</Typography>
          <Typography color="text.secondary">
            {status.lastSuccessAt
              ? t('status.lastSync', { time: formatDateTime(status.lastSuccessAt, i18n.language) })
              : t('status.neverSynced')}
          </Typography>
          {status.lastError && (
            <Typography color="text.secondary" data-testid="sync-last-error">
              {t('sync.lastError', { message: status.lastError.message })}
            </Typography>
          )}
          {status.nextAttemptAt && (
            <Typography color="text.secondary">
              {t('sync.nextAttempt', { time: formatDateTime(status.nextAttemptAt, i18n.language) })}
            </Typography>
          )}
          {Math.abs(skewMinutes) >= 2 && (
            <Alert severity="warning">{t('sync.clockSkew', { minutes: skewMinutes })}</Alert>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
