import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { forwardingCountdown } from '../../../../shared/safety/forwarding';
import type { Inquiry } from '../../../../shared/schemas';
import { useSafetyReportsOfInquiry } from '../../data';
import { ForwardingCountdown } from './ForwardingCountdown';
import { useAffiliateCalendar, useNow, useSafetyPermissions } from './safety-context';
import { safetyReportPath } from './safety-paths';

/**
 * The safety reports opened from an inquiry, each with its forwarding countdown, and the way to
 * open one. Day 0 is the inquiry's receipt (PRODUCT.md), so while the safety answers say "yes"
 * and no report exists yet, the countdown runs from that receipt all the same.
 */
export function InquirySafetyReports({ inquiry }: { inquiry: Inquiry }): ReactNode {
  const { t } = useTranslation();
  const reports = useSafetyReportsOfInquiry(inquiry.id);
  const affiliate = useAffiliateCalendar();
  const permissions = useSafetyPermissions();
  const now = useNow();
  if (reports === undefined || affiliate === undefined) return null;
  const screen = inquiry.safetyScreen;
  const isSafetyCase =
    screen !== null &&
    (screen.hasAdverseEvent || screen.hasQualityComplaint || screen.hasSpecialSituation);
  const isUnreported = isSafetyCase && reports.length === 0;
  return (
    <Stack spacing={1} data-testid="inquiry-safety-reports">
      <Typography variant="subtitle2">{t('safetyWorkflow.inquiry.title')}</Typography>
      {isUnreported && (
        <Alert severity="warning" data-testid="inquiry-safety-unreported">
          <Stack spacing={1}>
            <span>{t('safetyWorkflow.inquiry.answerYes')}</span>
            <ForwardingCountdown
              countdown={forwardingCountdown(
                { awarenessAt: inquiry.receivedAt, forwarding: null },
                now,
                affiliate.calendar,
              )}
            />
          </Stack>
        </Alert>
      )}
      {reports.map((report) => (
        <Stack
          key={report.id}
          direction="row"
          spacing={1}
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
          data-testid="inquiry-safety-report"
        >
          <Link component={RouterLink} to={`/safety/${report.id}`} sx={{ fontFamily: 'monospace' }}>
            {report.reference}
          </Link>
          <Typography variant="body2">{t(`safetyReports.kind.${report.kind}`)}</Typography>
          <ForwardingCountdown countdown={forwardingCountdown(report, now, affiliate.calendar)} />
        </Stack>
      ))}
      {permissions.canCaptureSafetyReports && (
        <Stack direction="row" spacing={1}>
          <Button
            size="small"
            variant={isUnreported ? 'contained' : 'outlined'}
            component={RouterLink}
            to={safetyReportPath({ inquiryId: inquiry.id, kind: 'adverse-event' })}
            data-testid="open-ae-report"
          >
            {t('safetyWorkflow.inquiry.openAdverseEvent')}
          </Button>
          <Button
            size="small"
            component={RouterLink}
            to={safetyReportPath({ inquiryId: inquiry.id, kind: 'product-complaint' })}
            data-testid="open-complaint-report"
          >
            {t('safetyWorkflow.inquiry.openComplaint')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
