import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import type { Inquiry } from '../../../../shared/schemas';
import { useDocuments, useProducts, useSettings } from '../../data';
import { useCurrentUser } from '../identity';
import { LetterDialog } from './LetterDialog';

/** "Write letter" on an inquiry: opens the letter screen once the library and settings load. */
export function WriteLetterButton({ inquiry }: { inquiry: Inquiry }): ReactNode {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const documents = useDocuments();
  const products = useProducts();
  const settings = useSettings();
  const author = useCurrentUser();
  const isLoaded = documents !== undefined && products !== undefined && settings !== undefined;
  return (
    <>
      <Button
        variant="contained"
        startIcon={<DescriptionOutlined />}
        onClick={() => setOpen(true)}
        disabled={!isLoaded}
        sx={{ alignSelf: 'flex-start' }}
        data-testid="write-letter"
      >
        {t('letterWriting.write')}
      </Button>
      {isOpen && isLoaded && (
        <LetterDialog
          sources={{ inquiry, documents, products, settings, author }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
