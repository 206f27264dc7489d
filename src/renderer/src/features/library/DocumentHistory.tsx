import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { Id, ResponseDocument } from '../../../../shared/schemas';
import { useDocumentVariants, useDocumentVersions } from '../../data';
import { formatDate } from '../../components/formatting';
import { SectionTitle } from './DocumentSections';

type HistoryProps = { document: ResponseDocument; onOpen: (id: Id) => void };

/** Every version of the document, newest first, with status, validity and approver. */
export function VersionHistory({ document, onOpen }: HistoryProps): ReactNode {
  const { t, i18n } = useTranslation();
  const versions = useDocumentVersions(document.lineageId) ?? [];
  return (
    <>
      <SectionTitle>{t('library.view.versions')}</SectionTitle>
      <Table size="small" data-testid="version-history">
        <TableBody>
          {versions.map((version) => (
            <TableRow
              key={version.id}
              hover
              selected={version.id === document.id}
              onClick={() => onOpen(version.id)}
              sx={{ cursor: 'pointer' }}
            >
              <TableCell>{t('library.versionLabel', { version: version.version })}</TableCell>
              <TableCell>{t(`documentStatus.${version.status}`)}</TableCell>
              <TableCell>
                {formatDate(version.effectiveDate, i18n.language)} –{' '}
                {formatDate(version.reviewDate, i18n.language)}
              </TableCell>
              <TableCell>{version.approval?.printedName ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

/** The same document in other languages. */
export function LanguageVariants({ document, onOpen }: HistoryProps): ReactNode {
  const { t } = useTranslation();
  const variants = (useDocumentVariants(document.variantGroupId) ?? []).filter(
    (variant) => variant.lineageId !== document.lineageId && variant.status !== 'retired',
  );
  if (variants.length === 0) return null;
  return (
    <>
      <SectionTitle>{t('library.view.variants')}</SectionTitle>
      <Stack direction="row" spacing={1} data-testid="language-variants">
        {variants.map((variant) => (
          <Chip
            key={variant.id}
            clickable
            onClick={() => onOpen(variant.id)}
            label={`${variant.language.toUpperCase()} · ${t('library.versionLabel', { version: variant.version })}`}
          />
        ))}
      </Stack>
    </>
  );
}
