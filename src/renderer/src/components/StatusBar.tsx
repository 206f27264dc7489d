import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import { useLastSync, useOutboxCount } from '../data';

/** Follows the browser's idea of connectivity; the sync engine refines it with server reachability. */
function useOnline(): boolean {
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

/** Always visible: connectivity, changes waiting to sync, and when the last sync succeeded. */
export function StatusBar(): ReactNode {
  const { t, i18n } = useTranslation();
  const isOnline = useOnline();
  const pending = useOutboxCount();
  const lastSync = useLastSync();
  const lastSyncText = lastSync
    ? t('status.lastSync', {
        time: new Date(lastSync).toLocaleString(i18n.language, {
          dateStyle: 'medium',
          timeStyle: 'short',
        }),
      })
    : t('status.neverSynced');
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
      <Chip
        size="small"
        icon={isOnline ? <CloudDoneOutlined /> : <CloudOffOutlined />}
        label={isOnline ? t('status.online') : t('status.offline')}
        color={isOnline ? 'success' : 'default'}
        variant="outlined"
        data-testid="connectivity"
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }} data-testid="pending-sync">
        <SyncOutlined fontSize="small" aria-hidden />
        <Typography variant="body2">
          {pending === undefined ? '…' : t('status.pendingSync', { count: pending })}
        </Typography>
      </Box>
      <Typography variant="body2" color="text.secondary" data-testid="last-sync">
        {lastSyncText}
      </Typography>
    </Box>
  );
}
