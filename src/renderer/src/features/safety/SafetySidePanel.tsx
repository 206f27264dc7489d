import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { localDateOf, toDeviceTimestamp } from '../../../../shared/domain';
import {
  forwardingCountdown,
  isSeriousCase,
  regulatoryClock,
} from '../../../../shared/safety/forwarding';
import type { NewSafetyReport, SafetyReport } from '../../../../shared/schemas';
import {
  createFollowUpReport,
  getDatabase,
  moveDayZeroEarlier,
  recordManualForwarding,
} from '../../data';
import { currentActor } from '../../app/session';
import { formatDate, formatDateTime } from '../../components/formatting';
import { E2bButton } from './E2bButton';
import { ForwardingCountdown } from './ForwardingCountdown';
import { DayZeroDialog, ForwardingDialog } from './LifecycleDialogs';
import { describeSaveError } from './save-errors';
import { Section } from './Section';
import { useAffiliateCalendar, useNow, useSafetyPermissions } from './safety-context';
import { saveCiomsPdf } from './safety-exports';

type Props = {
  draft: NewSafetyReport;
  stored: SafetyReport | null;
  isReadOnly: boolean;
  onSave: () => Promise<void>;
  onFailure: (error: unknown) => void;
};

/** Day 0, the forwarding countdown and the life-cycle actions of a report. */
export function SafetySidePanel({
  draft,
  stored,
  isReadOnly,
  onSave,
  onFailure,
}: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const affiliate = useAffiliateCalendar();
  const permissions = useSafetyPermissions();
  const now = useNow();
  const [dialog, setDialog] = useState<'day-zero' | 'forwarding' | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const report = stored ?? draft;
  const countdown = affiliate ? forwardingCountdown(report, now, affiliate.calendar) : null;
  const clock =
    report.kind === 'adverse-event'
      ? regulatoryClock(
          report.awarenessAt,
          isSeriousCase(report.events),
          localDateOf(toDeviceTimestamp(now)),
        )
      : null;
  const run = (action: () => Promise<unknown>): void => {
    setDialogError(null);
    action()
      .then(() => setDialog(null))
      .catch((error: unknown) => {
        const failure = describeSaveError(error);
        setDialogError(t([...failure.fields.values()][0] ?? failure.message));
      });
  };
  return (
    <Section title={t('safetyReports.sections.source')}>
      <Stack spacing={1}>
        {stored && (
          <Typography sx={{ fontFamily: 'monospace' }} data-testid="safety-report-reference">
            {stored.reference}
          </Typography>
        )}
        <Typography variant="body2">
          {t('safetyReports.fields.dayZero')}:{' '}
          <strong data-testid="day-zero">
            {formatDateTime(report.awarenessAt, i18n.language)}
          </strong>
        </Typography>
        {report.awarenessChanges.map((change) => (
          <Typography key={change.changedAt} variant="caption" color="text.secondary">
            {t('safetyReports.dayZero.moved', {
              from: formatDateTime(change.from, i18n.language),
              reason: change.reason,
            })}
          </Typography>
        ))}
        {stored && (
          <Typography variant="caption">
            {t('safetyReports.fields.firstSaved')}:{' '}
            {formatDateTime(stored.firstSavedAt, i18n.language)}
          </Typography>
        )}
        {countdown && (
          <Typography variant="body2">
            {t('safetyReports.dueBy', { time: formatDateTime(countdown.dueAt, i18n.language) })}
          </Typography>
        )}
        {countdown && <ForwardingCountdown countdown={countdown} />}
        {report.forwarding && (
          <Typography variant="body2">
            {t('safetyReports.forwarding.forwardedBy', {
              channel: t(`safetyReports.options.channel.${report.forwarding.channel}`),
              time: formatDateTime(report.forwarding.at, i18n.language),
            })}
          </Typography>
        )}
        {clock && (
          <Typography variant="caption" color="text.secondary">
            {t(
              clock.kind === 'serious-15-days'
                ? 'safetyReports.regulatory.serious'
                : 'safetyReports.regulatory.nonSerious',
              { date: formatDate(clock.dueDate, i18n.language) },
            )}
          </Typography>
        )}
        {!isReadOnly && (
          <Button variant="contained" onClick={() => void onSave()} data-testid="save-report">
            {t('safetyReports.actions.save')}
          </Button>
        )}
        {stored && !isReadOnly && (
          <Button onClick={() => setDialog('day-zero')}>
            {t('safetyReports.actions.moveDayZero')}
          </Button>
        )}
        {stored && !isReadOnly && (
          <Button onClick={() => setDialog('forwarding')} data-testid="record-forwarding">
            {t('safetyReports.actions.recordForwarding')}
          </Button>
        )}
        {stored?.kind === 'adverse-event' && affiliate && (
          <Button
            variant="outlined"
            onClick={() => {
              saveCiomsPdf(stored, affiliate.settings, permissions.seesReporterContact).catch(
                onFailure,
              );
            }}
            data-testid="save-cioms"
          >
            {t('safetyReports.actions.ciomsPdf')}
          </Button>
        )}
        {stored?.kind === 'adverse-event' && affiliate && (
          <E2bButton
            key={stored.updatedAt}
            report={stored}
            settings={affiliate.settings}
            includeReporterContact={permissions.seesReporterContact}
            onFailure={onFailure}
          />
        )}
        {stored && (
          <Button
            onClick={() => {
              createFollowUpReport(
                getDatabase(),
                stored.id,
                { receivedAt: toDeviceTimestamp(new Date()), inquiryId: null },
                currentActor(),
              )
                .then((followUp) => navigate(`/safety/${followUp.id}`))
                .catch(onFailure);
            }}
          >
            {t('safetyReports.actions.followUp')}
          </Button>
        )}
      </Stack>
      {stored && dialog === 'day-zero' && (
        <DayZeroDialog
          isOpen
          current={stored.awarenessAt}
          error={dialogError}
          onClose={() => setDialog(null)}
          onConfirm={(change) =>
            run(() => moveDayZeroEarlier(getDatabase(), stored.id, change, currentActor()))
          }
        />
      )}
      {stored && dialog === 'forwarding' && (
        <ForwardingDialog
          isOpen
          error={dialogError}
          onClose={() => setDialog(null)}
          onConfirm={(forwarding) =>
            run(() => recordManualForwarding(getDatabase(), stored.id, forwarding, currentActor()))
          }
        />
      )}
    </Section>
  );
}
