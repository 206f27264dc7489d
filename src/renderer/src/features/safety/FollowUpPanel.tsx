import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { BusinessCalendar } from '../../../../shared/domain/business-calendar';
import { followUpTasks } from '../../../../shared/safety/follow-up';
import type { NewSafetyReport, SafetyAction } from '../../../../shared/schemas';
import { formatDate } from '../../components/formatting';
import { Section } from './Section';

/** Missing information as follow-up tasks, with attempts made and the next one due. */
export function FollowUpPanel({
  report,
  actions,
  calendar,
}: {
  report: NewSafetyReport;
  actions: readonly SafetyAction[];
  calendar: BusinessCalendar;
}): ReactNode {
  const { t, i18n } = useTranslation();
  const attempts = actions.filter((action) => action.kind === 'follow-up-attempt');
  const tasks = followUpTasks(report, attempts, calendar);
  return (
    <Section title={t('safetyReports.followUp.title')}>
      {tasks.length === 0 ? (
        <Typography color="text.secondary">{t('safetyReports.followUp.none')}</Typography>
      ) : (
        <List dense data-testid="follow-up-tasks">
          {tasks.map((task) => (
            <ListItem key={task.topic} disableGutters>
              <ListItemText
                primary={`${t(`safetyReports.followUp.topic.${task.topic}`)} · ${t(`safetyReports.followUp.state.${task.state}`)}`}
                secondary={[
                  task.nextAttemptDue === null
                    ? null
                    : t('safetyReports.followUp.nextAttempt', {
                        date: formatDate(task.nextAttemptDue, i18n.language),
                      }),
                  t('safetyReports.followUp.attempts', { count: task.attempts.length }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
}
