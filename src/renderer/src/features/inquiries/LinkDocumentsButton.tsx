import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import LinkOutlined from '@mui/icons-material/LinkOutlined';
import type { Id } from '../../../../shared/schemas';
import { DocumentPicker } from '../library';

type LinkDocumentsButtonProps = {
  productIds: readonly Id[];
  selected: readonly Id[];
  onChange: (ids: Id[]) => void;
  label?: string;
};

/**
 * Adds a standard response document to the ones a question (or a response) is answered with,
 * through the library's picker: searched as you type, expired documents shown flagged and
 * refused, only documents about the inquiry's products. Callers show the linked ones as chips
 * that can be removed.
 */
export function LinkDocumentsButton({
  productIds,
  selected,
  onChange,
  label,
}: LinkDocumentsButtonProps): ReactNode {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <Button size="small" startIcon={<LinkOutlined />} onClick={() => setOpen(true)}>
        {label ?? t('linkDocuments.open')}
      </Button>
      <DocumentPicker
        open={isOpen}
        onClose={() => setOpen(false)}
        productIds={productIds}
        onPick={(document) => {
          if (!selected.includes(document.id)) onChange([...selected, document.id]);
          setOpen(false);
        }}
      />
    </>
  );
}
