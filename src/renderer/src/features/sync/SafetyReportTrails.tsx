import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useSafetyReportTrails } from '../../data';
import { formatDateTime } from '../../components/formatting';

/**
 * Captured vs forwarded vs acknowledged (PRODUCT.md, job 4): each safety report on this device,
 * when it was forwarded (the server's receipt or a manual channel) and PV's case id once
 * acknowledged.
 */
export function SafetyReportTrails(): ReactNode {
  const { t, i18n } = useTranslation();
  const trails = useSafetyReportTrails();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          {t('sync.trails.title')}
        </Typography>
        {trails?.length === 0 && <Typography>{t('sync.trails.empty')}</Typography>}
        {trails !== undefined && trails.length > 0 && (
          <Table size="small" aria-label={t('sync.trails.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('sync.trails.report')}</TableCell>
                <TableCell>{t('sync.trails.awareness')}</TableCell>
                <TableCell>{t('sync.trails.forwarded')}</TableCell>
                <TableCell>{t('sync.trails.acknowledged')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {trails.map(({ report, acknowledgement }) => (
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
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
