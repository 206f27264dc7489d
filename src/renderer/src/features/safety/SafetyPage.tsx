import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { isSupportedLanguage } from '../../../../shared/i18n';
import { forwardingCountdown } from '../../../../shared/safety/forwarding';
import { reportLifecycle } from '../../../../shared/safety/lifecycle';
import { checkMinimumCriteria } from '../../../../shared/safety/minimum-criteria';
import { useSafetyActions, useSafetyReports } from '../../data';
import { formatDateTime } from '../../components/formatting';
import { PageHeader } from '../../components/PageHeader';
import { ForwardingCountdown } from './ForwardingCountdown';
import { OverdueAlarm } from './OverdueAlarm';
import { useAffiliateCalendar, useNow } from './safety-context';
import { saveReconciliationCsv, saveReconciliationPdf } from './safety-exports';
import { safetyReportPath } from './safety-paths';

/** Every safety report with its forwarding countdown; overdue ones raise an alarm on top. */
export function SafetyPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const reports = useSafetyReports();
  const actions = useSafetyActions();
  const affiliate = useAffiliateCalendar();
  const now = useNow();
  const [failure, setFailure] = useState<string | null>(null);
  const language = isSupportedLanguage(i18n.language) ? i18n.language : 'en';
  const exportWith = (save: typeof saveReconciliationCsv) => (): void => {
    if (!reports || !actions || !affiliate) return;
    save({
      reports,
      actions,
      calendar: affiliate.calendar,
      settings: affiliate.settings,
      language,
    }).catch((error: unknown) => setFailure(String(error)));
  };
  return (
    <>
      <PageHeader
        title={t('safetyReports.title')}
        actions={
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              component={RouterLink}
              to={safetyReportPath({ kind: 'adverse-event' })}
            >
              {t('safetyReports.actions.newAdverseEvent')}
            </Button>
            <Button
              variant="outlined"
              component={RouterLink}
              to={safetyReportPath({ kind: 'product-complaint' })}
            >
              {t('safetyReports.actions.newComplaint')}
            </Button>
            <Button onClick={exportWith(saveReconciliationCsv)} data-testid="reconciliation-csv">
              {t('safetyReports.actions.reconciliationCsv')}
            </Button>
            <Button onClick={exportWith(saveReconciliationPdf)} data-testid="reconciliation-pdf">
              {t('safetyReports.actions.reconciliationPdf')}
            </Button>
          </Stack>
        }
      />
      <OverdueAlarm />
      {failure && (
        <Alert severity="error" onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
      {reports?.length === 0 && <Alert severity="info">{t('safetyReports.empty')}</Alert>}
      <TableContainer component={Paper} variant="outlined" sx={{ mt: 2 }}>
        <Table size="small" aria-label={t('safetyReports.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('safetyReports.list.reference')}</TableCell>
              <TableCell>{t('safetyReports.list.kind')}</TableCell>
              <TableCell>{t('safetyReports.list.dayZero')}</TableCell>
              <TableCell>{t('safetyReports.list.status')}</TableCell>
              <TableCell>{t('safetyReports.list.forwarding')}</TableCell>
              <TableCell>{t('safetyReports.list.completeness')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {affiliate &&
              reports?.map((report) => {
                const isValid =
                  report.kind === 'product-complaint' || checkMinimumCriteria(report).isValid;
                return (
                  <TableRow key={report.id} hover data-testid="safety-report-row">
                    <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                      <Link component={RouterLink} to={`/safety/${report.id}`}>
                        {report.reference}
                      </Link>
                    </TableCell>
                    <TableCell>{t(`safetyReports.kind.${report.kind}`)}</TableCell>
                    <TableCell>{formatDateTime(report.awarenessAt, i18n.language)}</TableCell>
                    <TableCell>
                      {t(`safetyReports.status.${reportLifecycle(report, actions ?? []).status}`)}
                    </TableCell>
                    <TableCell>
                      <ForwardingCountdown
                        countdown={forwardingCountdown(report, now, affiliate.calendar)}
                      />
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={isValid ? 'success' : 'warning'}
                        variant="outlined"
                        label={t(
                          isValid ? 'safetyReports.list.complete' : 'safetyReports.list.incomplete',
                        )}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
