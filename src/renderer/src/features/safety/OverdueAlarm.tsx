import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import { forwardingCountdown } from '../../../../shared/safety/forwarding';
import { useSafetyReports } from '../../data';
import { useAffiliateCalendar, useNow } from './safety-context';

/**
 * The overdue alarm: shown wherever it is placed (safety list, home screen) as long as any
 * report is past its forwarding deadline. Missing or delaying a safety report is the one failure
 * this product must never allow, so it cannot be dismissed; forwarding the report clears it.
 */
export function OverdueAlarm(): ReactNode {
  const { t } = useTranslation();
  const reports = useSafetyReports();
  const affiliate = useAffiliateCalendar();
  const now = useNow();
  if (!reports || !affiliate) return null;
  const overdue = reports.filter(
    (report) => forwardingCountdown(report, now, affiliate.calendar).state === 'overdue',
  );
  if (overdue.length === 0) return null;
  return (
    <Alert
      severity="error"
      variant="filled"
      role="alert"
      data-testid="overdue-alarm"
      sx={{ mb: 2 }}
    >
      {t('safetyReports.overdueAlarm', { count: overdue.length })}:{' '}
      {overdue.map((report) => report.reference).join(', ')}
    </Alert>
  );
}
