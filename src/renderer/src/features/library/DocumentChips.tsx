import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { LibraryDocumentSummary } from '../../../../shared/library/search';
import { availabilityColor } from './availability';

type DocumentChipsProps = { document: Omit<LibraryDocumentSummary, 'summary'> };

/**
 * Kind, language, version, status and — where it matters — why the document cannot be sent.
 * The expiry flag is the same everywhere a document is listed (PRODUCT.md job 2).
 */
export function DocumentChips({ document }: DocumentChipsProps): ReactNode {
  const { t } = useTranslation();
  const isSendable = document.availability === 'sendable';
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      {document.reference !== undefined && (
        <Chip size="small" variant="outlined" label={document.reference} />
      )}
      <Chip size="small" variant="outlined" label={t(`library.${document.kind}`)} />
      <Chip size="small" variant="outlined" label={document.language.toUpperCase()} />
      <Chip
        size="small"
        variant="outlined"
        label={t('library.versionLabel', { version: document.version })}
      />
      <Chip size="small" label={t(`documentStatus.${document.status}`)} />
      {!isSendable && document.status === 'approved' && (
        <Chip
          size="small"
          color={availabilityColor(document.availability)}
          label={t(`library.availability.${document.availability}`)}
          data-testid="availability-flag"
        />
      )}
    </Stack>
  );
}
