import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import {
  getAppSyncEngine,
  useLastSync,
  useOutboxCount,
  useSyncIssues,
  useSyncStatus,
  type SyncStatus,
} from '../data';

/** The browser's idea of connectivity: "offline" is certain, "online" needs the server's answer. */
function useNetworkAvailable(): boolean {
  const [isOnline, setIsOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = (): void => setIsOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return isOnline;
}

const attentionPhases: readonly SyncStatus['phase'][] = ['needs-sign-in', 'upgrade-required'];
const warningPhases: readonly SyncStatus['phase'][] = ['offline', 'retrying', 'demo-store'];

/**
 * Always visible: whether the sync server answers, changes waiting to sync, the last successful
 * sync, what sync is doing or why it cannot, and the changes that need a person.
 */
export function StatusBar(): ReactNode {
  const { t, i18n } = useTranslation();
  const isNetworkAvailable = useNetworkAvailable();
  const status = useSyncStatus();
  const pending = useOutboxCount();
  const lastSync = useLastSync();
  const issues = useSyncIssues();
  const isReachable = isNetworkAvailable && status.isServerReachable !== false;
  const lastSyncText = lastSync
    ? t('status.lastSync', {
        time: new Date(lastSync).toLocaleString(i18n.language, {
          dateStyle: 'medium',
          timeStyle: 'short',
        }),
      })
    : t('status.neverSynced');
  const phaseColor = attentionPhases.includes(status.phase)
    ? 'error'
    : warningPhases.includes(status.phase) || status.isQueueStuck
      ? 'warning'
      : 'default';
  const phaseText = t(`sync.phase.${status.phase}`, {
    version: status.minimumAppVersion ?? '',
  });
  return (
    <Box
      component="footer"
      role="status"
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 2,
        px: 2,
        py: 0.5,
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
      }}
    >
      <Tooltip title={isReachable ? t('sync.status.reachable') : t('sync.status.unreachable')}>
        <Chip
          size="small"
          icon={isReachable ? <CloudDoneOutlined /> : <CloudOffOutlined />}
          label={isReachable ? t('status.online') : t('status.offline')}
          color={isReachable ? 'success' : 'default'}
          variant="outlined"
          data-testid="connectivity"
        />
      </Tooltip>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }} data-testid="pending-sync">
        <SyncOutlined fontSize="small" aria-hidden />
        <Typography variant="body2">
          {pending === undefined ? '…' : t('status.pendingSync', { count: pending })}
        </Typography>
      </Box>
      <Typography variant="body2" color="text.secondary" data-testid="last-sync">
        {lastSyncText}
      </Typography>
      <Tooltip title={status.lastError ? `${phaseText} ${status.lastError.message}` : phaseText}>
        <Chip
          size="small"
          label={status.isQueueStuck ? t('sync.stuck') : t(`sync.phaseShort.${status.phase}`)}
          color={phaseColor}
          variant="outlined"
          component={RouterLink}
          to="/sync"
          clickable
          data-testid="sync-phase"
        />
      </Tooltip>
      {issues !== undefined && issues.length > 0 && (
        <Chip
          size="small"
          icon={<ReportProblemOutlined />}
          label={t('sync.status.needsAttention', { count: issues.length })}
          color="warning"
          component={RouterLink}
          to="/sync"
          clickable
          data-testid="needs-attention"
        />
      )}
      <Box sx={{ flexGrow: 1 }} />
      <Tooltip title={t('sync.syncNow')}>
        <span>
          <IconButton
            size="small"
            aria-label={t('sync.syncNow')}
            disabled={status.phase === 'syncing' || getAppSyncEngine() === null}
            onClick={() => void getAppSyncEngine()?.syncNow()}
            data-testid="sync-now"
          >
            <SyncOutlined fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
    </Box>
  );
}
