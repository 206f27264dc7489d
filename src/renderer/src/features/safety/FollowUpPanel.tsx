import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { BusinessCalendar } from '../../../../shared/domain/business-calendar';
import { followUpTasks } from '../../../../shared/safety/follow-up';
import { followUpTopicSchema } from '../../../../shared/schemas';
import type {
  FollowUpAttempt,
  Id,
  NewSafetyReport,
  SafetyAction,
} from '../../../../shared/schemas';
import { getDatabase, recordSafetyAction } from '../../data';
import { currentActor } from '../../app/session';
import { formatDate, formatDateTime } from '../../components/formatting';
import { FollowUpAttemptDialog } from './FollowUpAttemptDialog';
import type { AttemptInput } from './FollowUpAttemptDialog';
import { describeSaveError } from './save-errors';
import { Section } from './Section';

function AttemptLog({ attempts }: { attempts: readonly FollowUpAttempt[] }): ReactNode {
  const { t, i18n } = useTranslation();
  if (attempts.length === 0) return null;
  return (
    <>
      <Typography variant="caption" color="text.secondary">
        {t('safetyWorkflow.attempts.history')}
      </Typography>
      <List dense disablePadding>
        {attempts.map((attempt) => (
          <ListItem key={attempt.id} disableGutters data-testid="follow-up-attempt">
            <ListItemText
              primary={t('safetyWorkflow.attempts.entry', {
                time: formatDateTime(attempt.occurredAt, i18n.language),
                channel: t(`safetyWorkflow.attempts.channels.${attempt.channel}`),
                outcome: t(`safetyWorkflow.attempts.outcomes.${attempt.outcome}`),
              })}
              secondary={[
                attempt.topics
                  .map((topic) => t(`safetyReports.followUp.topic.${topic}`))
                  .join(', '),
                attempt.personal.note,
              ]
                .filter(Boolean)
                .join(' — ')}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}

/**
 * Missing information as follow-up tasks, with attempts made and the next one due, and the log
 * of attempts. Attempts are append-only actions, so they go on after the report was forwarded.
 */
export function FollowUpPanel({
  report,
  reportId,
  actions,
  calendar,
}: {
  report: NewSafetyReport;
  /** The stored report's id; attempts can be logged once it is saved. */
  reportId: Id | null;
  actions: readonly SafetyAction[];
  calendar: BusinessCalendar;
}): ReactNode {
  const { t, i18n } = useTranslation();
  const [isLogging, setLogging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const attempts = actions.filter(
    (action): action is FollowUpAttempt => action.kind === 'follow-up-attempt',
  );
  const tasks = followUpTasks(report, attempts, calendar);
  const openTopics = tasks.filter((task) => task.state === 'open').map((task) => task.topic);
  const log = (attempt: AttemptInput): void => {
    if (reportId === null) return;
    setError(null);
    const { note, ...rest } = attempt;
    recordSafetyAction(
      getDatabase(),
      { ...rest, kind: 'follow-up-attempt', reportId, personal: { note } },
      currentActor(),
    )
      .then(() => setLogging(false))
      .catch((caught: unknown) => {
        const failure = describeSaveError(caught);
        setError(t([...failure.fields.values()][0] ?? failure.message));
      });
  };
  return (
    <Section
      title={t('safetyReports.followUp.title')}
      actions={
        reportId !== null && (
          <Button size="small" onClick={() => setLogging(true)} data-testid="log-attempt">
            {t('safetyWorkflow.attempts.log')}
          </Button>
        )
      }
    >
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
      <AttemptLog attempts={attempts} />
      {isLogging && (
        <FollowUpAttemptDialog
          topics={openTopics.length > 0 ? openTopics : followUpTopicSchema.options}
          initial={openTopics}
          error={error}
          onClose={() => setLogging(false)}
          onConfirm={log}
        />
      )}
    </Section>
  );
}
