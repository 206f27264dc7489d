import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { Shortcut } from './shortcuts';

type ShortcutsDialogProps = {
  isOpen: boolean;
  shortcuts: readonly Shortcut[];
  onClose: () => void;
};

/** The list of keyboard shortcuts (F1 or "?"), built from the same table that handles them. */
export function ShortcutsDialog({ isOpen, shortcuts, onClose }: ShortcutsDialogProps): ReactNode {
  const { t } = useTranslation();
  return (
    <Dialog open={isOpen} onClose={onClose} aria-labelledby="shortcuts-title">
      <DialogTitle id="shortcuts-title">{t('shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableBody>
            {shortcuts.map((shortcut) => (
              <TableRow key={shortcut.keys}>
                <TableCell>
                  <kbd>{shortcut.keys}</kbd>
                </TableCell>
                <TableCell>{t(shortcut.descriptionKey, shortcut.values)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('shortcuts.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
