import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { compareTimestamps, forwardingCountdown } from '../../../../shared/safety/forwarding';
import { useSafetyReports } from '../../data';
import { formatDateTime } from '../../components/formatting';
import { ForwardingCountdown } from './ForwardingCountdown';
import { useAffiliateCalendar, useNow, useSafetyPermissions } from './safety-context';

/**
 * The home screen's safety card: every report not yet forwarded, the nearest deadline first,
 * each with its countdown. Shown to those who capture or receive safety reports.
 */
export function SafetyDueCard(): ReactNode {
  const { t, i18n } = useTranslation();
  const reports = useSafetyReports();
  const affiliate = useAffiliateCalendar();
  const permissions = useSafetyPermissions();
  const now = useNow();
  if (!permissions.canCaptureSafetyReports && !permissions.canSeeSafetyReports) return null;
  if (reports === undefined || affiliate === undefined) return null;
  const due = reports
    .filter((report) => report.forwarding === null)
    .map((report) => ({ report, countdown: forwardingCountdown(report, now, affiliate.calendar) }))
    .sort((first, second) => compareTimestamps(first.countdown.dueAt, second.countdown.dueAt));
  return (
    <Card variant="outlined" data-testid="safety-due">
      <CardContent>
        <Link component={RouterLink} to="/safety" underline="hover">
          {t('safetyWorkflow.due.title')}
        </Link>
        {due.length === 0 ? (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            {t('safetyWorkflow.due.none')}
          </Typography>
        ) : (
          <List dense>
            {due.map(({ report, countdown }) => (
              <ListItem
                key={report.id}
                disableGutters
                secondaryAction={<ForwardingCountdown countdown={countdown} />}
                data-testid="safety-due-row"
              >
                <ListItemText
                  primary={
                    <Link component={RouterLink} to={`/safety/${report.id}`}>
                      {`${report.reference} · ${t(`safetyReports.kind.${report.kind}`)}`}
                    </Link>
                  }
                  secondary={t('safetyReports.dueBy', {
                    time: formatDateTime(countdown.dueAt, i18n.language),
                  })}
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
