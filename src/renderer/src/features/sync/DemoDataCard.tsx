import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { toDeviceTimestamp } from '../../../../shared/domain';
import {
  countChangesAfterDemoSeeding,
  getDatabase,
  removeDemoData,
  useIsDemoStore,
} from '../../data';
import { ExportDialog } from './ExportDialog';

/** Shown while the store holds the demo company: removing it is the way to a company server. */
export function DemoDataCard(): ReactNode {
  const { t } = useTranslation();
  const isDemo = useIsDemoStore();
  const [changes, setChanges] = useState(0);
  const [isConfirming, setConfirming] = useState(false);
  const [isExporting, setExporting] = useState(false);
  const [isExported, setExported] = useState(false);
  useEffect(() => {
    if (isDemo) void countChangesAfterDemoSeeding(getDatabase()).then(setChanges);
  }, [isDemo]);
  if (isDemo !== true) return null;
  const remove = async (): Promise<void> => {
    setConfirming(false);
    await removeDemoData(getDatabase(), toDeviceTimestamp(new Date()), isExported);
    // The demo accounts left with the demo, the signed-in one too: the app starts again at the
    // first run, where the person creates their own account, the only kind that may sign in to a
    // company server (decision 0078).
    window.location.reload();
  };
  return (
    <Card variant="outlined" data-testid="demo-data-card">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h3">
            {t('sync.demo.title')}
          </Typography>
          <Typography>{t('sync.demo.intro')}</Typography>
          {changes > 0 && !isExported && (
            <Alert
              severity="warning"
              action={
                <Button color="inherit" onClick={() => setExporting(true)}>
                  {t('sync.settings.exportUnsynced')}
                </Button>
              }
            >
              {t('sync.demo.changesMade', { count: changes })}
            </Alert>
          )}
          <Button
            variant="outlined"
            color="warning"
            sx={{ alignSelf: 'start' }}
            disabled={changes > 0 && !isExported}
            onClick={() => setConfirming(true)}
          >
            {t('sync.demo.remove')}
          </Button>
        </Stack>
      </CardContent>
      <Dialog
        open={isConfirming}
        onClose={() => setConfirming(false)}
        aria-labelledby="demo-remove"
      >
        <DialogTitle id="demo-remove">{t('sync.demo.confirmTitle')}</DialogTitle>
        <DialogContent>
          <Typography>{t('sync.demo.confirm')}</Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t('sync.settings.cancel')}</Button>
          <Button color="warning" variant="contained" onClick={() => void remove()}>
            {t('sync.demo.remove')}
          </Button>
        </DialogActions>
      </Dialog>
      <ExportDialog
        isOpen={isExporting}
        onClose={() => setExporting(false)}
        onExported={() => {
          setExporting(false);
          setExported(true);
        }}
      />
    </Card>
  );
}
