import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import LinkOutlined from '@mui/icons-material/LinkOutlined';
import type { Id } from '../../../../shared/schemas';
import { isDocumentSendable } from '../../../../shared/domain';
import { useDocuments } from '../../data';
import { todayInAffiliateCalendar } from '../../components/today';

type LinkDocumentsButtonProps = {
  productIds: readonly Id[];
  selected: readonly Id[];
  onChange: (ids: Id[]) => void;
  label?: string;
};

/**
 * Picks the standard response documents a question is answered with: only approved documents
 * inside their review period, of the inquiry's products. The library's document picker replaces
 * this one when it lands; callers keep this interface.
 */
export function LinkDocumentsButton({
  productIds,
  selected,
  onChange,
  label,
}: LinkDocumentsButtonProps): ReactNode {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [choice, setChoice] = useState<Id[]>([]);
  const documents = useDocuments({ status: 'approved' });
  const today = todayInAffiliateCalendar();
  const usable = (documents ?? []).filter(
    (document) =>
      isDocumentSendable(document, today) &&
      document.productIds.some((id) => productIds.includes(id)),
  );
  const toggle = (id: Id): void =>
    setChoice((current) =>
      current.includes(id) ? current.filter((other) => other !== id) : [...current, id],
    );
  return (
    <>
      <Button
        size="small"
        startIcon={<LinkOutlined />}
        onClick={() => {
          setChoice([...selected]);
          setOpen(true);
        }}
      >
        {label ?? t('linkDocuments.open')}
      </Button>
      <Dialog open={isOpen} onClose={() => setOpen(false)} fullWidth maxWidth="md">
        <DialogTitle>{t('linkDocuments.title')}</DialogTitle>
        <DialogContent dividers>
          {usable.length === 0 && <Typography>{t('linkDocuments.empty')}</Typography>}
          <Stack>
            {usable.map((document) => (
              <FormControlLabel
                key={document.id}
                control={
                  <Checkbox
                    checked={choice.includes(document.id)}
                    onChange={() => toggle(document.id)}
                  />
                }
                label={`${document.reference ?? ''} · ${document.title} (${document.language})`}
              />
            ))}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('linkDocuments.cancel')}</Button>
          <Button
            variant="contained"
            onClick={() => {
              onChange(choice);
              setOpen(false);
            }}
          >
            {t('linkDocuments.done')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
