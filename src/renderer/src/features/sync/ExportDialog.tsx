import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/sync';
import { toDeviceTimestamp } from '../../../../shared/domain';
import { buildUnsyncedExport, getDatabase, type UnsyncedData } from '../../data';
import { getPlatform } from '../../platform';

type ExportDialogProps = {
  isOpen: boolean;
  onClose: () => void;
  /** The changes the saved file holds (a sign-out checks they are all of them). */
  onExported: (covers: UnsyncedData, fileName: string) => void;
};

/** Asks for a password, encrypts the unsynced changes and saves the file. */
export function ExportDialog({ isOpen, onClose, onExported }: ExportDialogProps): ReactNode {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const exportNow = async (): Promise<void> => {
    if (password.length < MIN_PASSWORD_LENGTH) return setError(t('sync.settings.exportTooShort'));
    if (password !== repeated) return setError(t('sync.settings.exportMismatch'));
    setBusy(true);
    setError(null);
    try {
      const exported = await buildUnsyncedExport(
        getDatabase(),
        password,
        toDeviceTimestamp(new Date()),
      );
      const saved = await getPlatform().saveFile({
        suggestedName: exported.fileName,
        kind: 'json',
        bytes: exported.bytes,
      });
      if (!saved.saved) return setError(t('sync.settings.exportCancelled'));
      setPassword('');
      setRepeated('');
      onExported(exported.covers, saved.fileName);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={isOpen} onClose={onClose} aria-labelledby="export-title">
      <DialogTitle id="export-title">{t('sync.settings.exportTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography>{t('sync.settings.exportIntro')}</Typography>
          <TextField
            type="password"
            label={t('sync.settings.exportPassword')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="new-password"
          />
          <TextField
            type="password"
            label={t('sync.settings.exportRepeat')}
            value={repeated}
            onChange={(event) => setRepeated(event.target.value)}
            autoComplete="new-password"
          />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('sync.settings.cancel')}</Button>
        <Button variant="contained" disabled={isBusy} onClick={() => void exportNow()}>
          {isBusy ? t('sync.settings.exporting') : t('sync.settings.export')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
