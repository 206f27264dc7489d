import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { documentAvailability } from '../../../../shared/domain';
import { useDocuments } from '../../data';
import { formatDate } from '../../components/formatting';
import { PageHeader } from '../../components/PageHeader';
import { todayInAffiliateCalendar } from '../../components/today';

/** The library of standard responses and FAQs, with expired documents flagged. */
export function LibraryPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const documents = useDocuments();
  const today = todayInAffiliateCalendar();
  return (
    <>
      <PageHeader title={t('library.title')} />
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('library.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('library.documentTitle')}</TableCell>
              <TableCell>{t('library.kind')}</TableCell>
              <TableCell>{t('library.language')}</TableCell>
              <TableCell>{t('library.version')}</TableCell>
              <TableCell>{t('library.status')}</TableCell>
              <TableCell>{t('library.reviewDate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {documents?.map((document) => {
              const isExpired = documentAvailability(document, today) === 'expired';
              return (
                <TableRow key={document.id} hover data-testid="document-row">
                  <TableCell lang={document.language}>{document.title}</TableCell>
                  <TableCell>{t(`library.${document.kind}`)}</TableCell>
                  <TableCell>{document.language.toUpperCase()}</TableCell>
                  <TableCell>{document.version}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1}>
                      <Chip size="small" label={t(`documentStatus.${document.status}`)} />
                      {isExpired && (
                        <Chip size="small" color="warning" label={t('library.expired')} />
                      )}
                    </Stack>
                  </TableCell>
                  <TableCell>{formatDate(document.reviewDate, i18n.language)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
