import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useSafetyReportTrails } from '../../data';
import { formatDateTime } from '../../components/formatting';
import { TableCard } from '../../components/TableCard';

/**
 * Captured vs forwarded vs acknowledged (PRODUCT.md, job 4): each safety report on this device,
 * when it was forwarded (the server's receipt or a manual channel) and PV's case id once
 * acknowledged.
 */
export function SafetyReportTrails(): ReactNode {
  const { t, i18n } = useTranslation();
  const trails = useSafetyReportTrails();
  return (
    <TableCard
      title={t('sync.trails.title')}
      emptyText={t('sync.trails.empty')}
      columns={[
        t('sync.trails.report'),
        t('sync.trails.awareness'),
        t('sync.trails.forwarded'),
        t('sync.trails.acknowledged'),
      ]}
      rows={trails}
      renderRow={({ report, acknowledgement }) => (
        <TableRow key={report.id} data-testid="safety-trail">
          <TableCell sx={{ fontFamily: 'monospace' }}>{report.reference}</TableCell>
          <TableCell>{formatDateTime(report.awarenessAt, i18n.language)}</TableCell>
          <TableCell data-testid="safety-trail-forwarded">
            {report.forwarding
              ? formatDateTime(report.forwarding.at, i18n.language)
              : t('sync.trails.notYet')}
          </TableCell>
          <TableCell data-testid="safety-trail-acknowledged">
            {acknowledgement
              ? t('sync.trails.caseId', {
                  caseId: acknowledgement.pvCaseId,
                  time: formatDateTime(acknowledgement.occurredAt, i18n.language),
                })
              : t('sync.trails.notYet')}
          </TableCell>
        </TableRow>
      )}
    />
  );
}
