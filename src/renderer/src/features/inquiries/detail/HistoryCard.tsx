import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { AuditChange, JsonValue } from '../../../../../shared/schemas';
import { useAuditTrail, useUsers } from '../../../data';
import { formatDateTime } from '../../../components/formatting';
import { DetailCard } from './DetailCard';

const longestShown = 400;

/** A before/after value as text: verbatim strings, signature images named, long text cut. */
function display(value: JsonValue | undefined, imageLabel: string): string {
  if (value === undefined || value === null) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const withoutImages = text.replace(/data:image\/png;base64,[A-Za-z0-9+/=]+/g, imageLabel);
  return withoutImages.length > longestShown
    ? `${withoutImages.slice(0, longestShown)}…`
    : withoutImages;
}

/**
 * The inquiry's audit trail (21 CFR 11.10(e)): who changed what and when, each field with its
 * value before and after, personal fields included for the roles that see the record.
 */
export function HistoryCard({ recordId }: { recordId: string }): ReactNode {
  const { t, i18n } = useTranslation();
  const trail = useAuditTrail(recordId);
  const users = useUsers();
  const names = new Map((users ?? []).map((user) => [user.id, user.displayName]));
  const rows = (trail ?? []).flatMap((event) =>
    [...event.changes, ...(event.personal?.changes ?? [])].map((change: AuditChange, index) => ({
      event,
      change,
      index,
    })),
  );
  return (
    <DetailCard title={t('inquiryHistory.title')} testId="history-card">
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={t('inquiryHistory.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('inquiryHistory.when')}</TableCell>
              <TableCell>{t('inquiryHistory.who')}</TableCell>
              <TableCell>{t('inquiryHistory.action')}</TableCell>
              <TableCell>{t('inquiryHistory.field')}</TableCell>
              <TableCell>{t('inquiryHistory.before')}</TableCell>
              <TableCell>{t('inquiryHistory.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(({ event, change, index }) => (
              <TableRow key={`${event.id}-${index}`} data-testid="history-row">
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(event.at, i18n.language)}
                </TableCell>
                <TableCell>{names.get(event.actorUserId) ?? event.actorUserId}</TableCell>
                <TableCell>{t(`inquiryHistory.actions.${event.action}`)}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{change.field}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: 280 }}>
                  {display(change.before, t('inquiryHistory.signatureImage'))}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: 280 }}>
                  {display(change.after, t('inquiryHistory.signatureImage'))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {rows.length === 0 && (
          <Typography color="text.secondary">{t('inquiryHistory.empty')}</Typography>
        )}
      </Box>
    </DetailCard>
  );
}
