import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import RadioButtonUncheckedOutlined from '@mui/icons-material/RadioButtonUncheckedOutlined';
import { reportLifecycle } from '../../../../shared/safety/lifecycle';
import type { SafetyLifecycleStatus } from '../../../../shared/safety/lifecycle';
import type { SafetyAction, SafetyReport, Timestamp } from '../../../../shared/schemas';
import { getDatabase, recordSafetyAction } from '../../data';
import { currentActor } from '../../app/session';
import { formatDateTime } from '../../components/formatting';
import { PvActionDialog } from './PvActionDialog';
import type { PvAction } from './PvActionDialog';
import { describeSaveError } from './save-errors';
import { Section } from './Section';
import { useSafetyPermissions } from './safety-context';

type Step = { status: SafetyLifecycleStatus; at: Timestamp | null; detail: string | null };

/**
 * Where the report stands: captured → forwarded → acknowledged (PV case id) → reconciled, each
 * with its time. PV's acknowledgement and the reconciliation are recorded here, as append-only
 * actions (decision 0050), by PV or by the officer transcribing PV's reply (decision 0053).
 */
export function LifecyclePanel({
  report,
  actions,
}: {
  report: SafetyReport;
  actions: readonly SafetyAction[];
}): ReactNode {
  const { t, i18n } = useTranslation();
  const permissions = useSafetyPermissions();
  const [dialog, setDialog] = useState<PvAction['kind'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lifecycle = reportLifecycle(report, actions);
  const mayRecord = permissions.canAcknowledgeSafetyReports || permissions.canCaptureSafetyReports;
  const forwarding = report.forwarding;
  const steps: Step[] = [
    { status: 'flagged', at: report.firstSavedAt, detail: null },
    {
      status: 'forwarded',
      at: lifecycle.forwardedAt,
      detail:
        forwarding === null
          ? null
          : [t(`safetyReports.options.channel.${forwarding.channel}`), forwarding.reference]
              .filter(Boolean)
              .join(' · '),
    },
    {
      status: 'acknowledged',
      at: lifecycle.acknowledgedAt,
      detail:
        lifecycle.pvCaseId === null
          ? null
          : t('safetyWorkflow.lifecycle.pvCase', { id: lifecycle.pvCaseId }),
    },
    { status: 'reconciled', at: lifecycle.reconciledAt, detail: null },
  ];
  const record = (action: PvAction): void => {
    setError(null);
    recordSafetyAction(getDatabase(), { ...action, reportId: report.id }, currentActor())
      .then(() => setDialog(null))
      .catch((caught: unknown) => {
        const failure = describeSaveError(caught);
        setError(t([...failure.fields.values()][0] ?? failure.message));
      });
  };
  return (
    <Section title={t('safetyWorkflow.lifecycle.title')}>
      <List dense disablePadding data-testid="lifecycle" data-status={lifecycle.status}>
        {steps.map((step) => (
          <ListItem key={step.status} disableGutters data-testid={`lifecycle-${step.status}`}>
            <ListItemIcon sx={{ minWidth: 32 }}>
              {step.at === null ? (
                <RadioButtonUncheckedOutlined fontSize="small" color="disabled" />
              ) : (
                <CheckCircleOutlined fontSize="small" color="success" />
              )}
            </ListItemIcon>
            <ListItemText
              primary={t(`safetyWorkflow.lifecycle.steps.${step.status}`)}
              secondary={
                step.at === null
                  ? t('safetyWorkflow.lifecycle.pending')
                  : [formatDateTime(step.at, i18n.language), step.detail]
                      .filter(Boolean)
                      .join(' · ')
              }
            />
          </ListItem>
        ))}
      </List>
      {mayRecord && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          {lifecycle.status === 'forwarded' && (
            <Button onClick={() => setDialog('acknowledged')} data-testid="record-acknowledgement">
              {t('safetyWorkflow.lifecycle.acknowledge')}
            </Button>
          )}
          {lifecycle.status === 'acknowledged' && (
            <Button onClick={() => setDialog('reconciled')} data-testid="record-reconciliation">
              {t('safetyWorkflow.lifecycle.reconcile')}
            </Button>
          )}
        </Stack>
      )}
      {dialog !== null && (
        <PvActionDialog
          kind={dialog}
          error={error}
          onClose={() => setDialog(null)}
          onConfirm={record}
        />
      )}
    </Section>
  );
}
