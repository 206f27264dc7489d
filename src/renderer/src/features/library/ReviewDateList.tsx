import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Id } from '../../../../shared/schemas';
import { addCalendarDays } from '../../../../shared/domain';
import { useDocumentsDueForReview } from '../../data';
import { formatDate } from '../../components/formatting';
import { todayInAffiliateCalendar } from '../../components/today';

/** Documents due within this many days are listed, so re-approval starts in time. */
const horizonDays = 90;
const millisecondsPerDay = 86_400_000;

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / millisecondsPerDay);
}

/** Approved documents by review date: expired first, then those due in the next 90 days. */
export function ReviewDateList({ onOpen }: { onOpen: (id: Id) => void }): ReactNode {
  const { t, i18n } = useTranslation();
  const today = todayInAffiliateCalendar();
  const documents = useDocumentsDueForReview(addCalendarDays(today, horizonDays));
  if (documents === undefined) return null;
  if (documents.length === 0) {
    return <Typography color="text.secondary">{t('library.review.empty')}</Typography>;
  }
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('library.review.title')} data-testid="review-list">
        <TableHead>
          <TableRow>
            <TableCell>{t('library.documentTitle')}</TableCell>
            <TableCell>{t('library.language')}</TableCell>
            <TableCell>{t('library.version')}</TableCell>
            <TableCell>{t('library.reviewDate')}</TableCell>
            <TableCell>{t('library.review.state')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {documents.map((document) => {
            const days = daysFrom(today, document.reviewDate);
            return (
              <TableRow
                key={document.id}
                hover
                onClick={() => onOpen(document.id)}
                sx={{ cursor: 'pointer' }}
              >
                <TableCell lang={document.language}>{document.title}</TableCell>
                <TableCell>{document.language.toUpperCase()}</TableCell>
                <TableCell>{document.version}</TableCell>
                <TableCell>{formatDate(document.reviewDate, i18n.language)}</TableCell>
                <TableCell>
                  {days < 0 ? (
                    <Chip
                      size="small"
                      color="error"
                      label={t('library.review.overdue', { days: -days })}
                    />
                  ) : (
                    <Chip
                      size="small"
                      color="warning"
                      label={t('library.review.dueIn', { days })}
                    />
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
