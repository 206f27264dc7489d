import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { InquiryPageKey } from '../../data';
import { PageHeader } from '../../components/PageHeader';
import { InquiryPageRows } from './InquiryPageRows';

const pageSize = 50;

/**
 * Inquiries, newest first, loaded page by page by last-seen key so the cost of a page does not
 * grow with the store. Each "show more" appends one page.
 */
export function InquiriesPage(): ReactNode {
  const { t } = useTranslation();
  const [pageKeys, setPageKeys] = useState<(InquiryPageKey | null)[]>([null]);
  const [nextKey, setNextKey] = useState<InquiryPageKey | null>(null);
  return (
    <>
      <PageHeader title={t('inquiries.title')} />
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('inquiries.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('inquiries.reference')}</TableCell>
              <TableCell>{t('inquiries.received')}</TableCell>
              <TableCell>{t('inquiries.status')}</TableCell>
              <TableCell>{t('inquiries.requester')}</TableCell>
              <TableCell>{t('inquiries.country')}</TableCell>
              <TableCell>{t('inquiries.products')}</TableCell>
              <TableCell>{t('inquiries.due')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pageKeys.map((afterKey, index) => (
              <InquiryPageRows
                key={afterKey ? afterKey.join('|') : 'first'}
                afterKey={afterKey}
                limit={pageSize}
                onNextKey={index === pageKeys.length - 1 ? setNextKey : undefined}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Box sx={{ mt: 2 }}>
        {nextKey && (
          <Button onClick={() => setPageKeys((keys) => [...keys, nextKey])}>
            {t('inquiries.loadMore')}
          </Button>
        )}
      </Box>
    </>
  );
}
