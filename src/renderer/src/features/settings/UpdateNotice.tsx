import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useHasUnsavedInput } from '../../app/unsaved-input';
import { useMinimumAppVersion } from '../../app/server-requirements';
import { useOutboxCount } from '../../data';
import { getPlatform } from '../../platform';
import type { UpdateStatus } from '../../platform';
import { describeUpdateGate } from './update-messages';

/** Reported again at this pace even without a change, so main never acts on a stale picture. */
const REPORT_INTERVAL_MS = 60_000;

/**
 * Tells main what only the window knows — changes waiting in the outbox, forms with unsaved
 * input, the server's minimum version — whenever it changes, and keeps the answer.
 */
function useUpdateReadinessReport(): UpdateStatus | null {
  const pendingMutations = useOutboxCount();
  const hasUnsavedInput = useHasUnsavedInput();
  const minimumAppVersion = useMinimumAppVersion();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  useEffect(() => {
    // Until the outbox count is read, say nothing: main then keeps the gate closed.
    if (pendingMutations === undefined) return;
    let isCurrent = true;
    const report = (): void => {
      getPlatform()
        .reportUpdateReadiness({ pendingMutations, hasUnsavedInput, minimumAppVersion })
        .then((next) => {
          if (isCurrent) setStatus(next);
        })
        .catch(() => undefined);
    };
    report();
    const timer = setInterval(report, REPORT_INTERVAL_MS);
    return () => {
      isCurrent = false;
      clearInterval(timer);
    };
  }, [pendingMutations, hasUnsavedInput, minimumAppVersion]);
  return status;
}

/**
 * A banner above every page once an update is downloaded or the server requires one: when it
 * will install, or what it waits for. Dismissed, it comes back when the reason changes.
 */
export function UpdateNotice(): ReactNode {
  const { t } = useTranslation();
  const status = useUpdateReadinessReport();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const message = status === null ? null : describeUpdateGate(status);
  if (status === null || message === null) return null;
  const identity = `${message.key}:${status.availableVersion ?? ''}:${String(message.values.count)}`;
  if (dismissed === identity) return null;
  const install = (): void => {
    getPlatform()
      .installUpdateNow()
      .catch(() => undefined);
  };
  return (
    <Alert
      severity={message.severity}
      data-testid="update-notice"
      sx={{ mb: 2 }}
      onClose={() => setDismissed(identity)}
      action={
        status.gate.canInstall ? (
          <Button color="inherit" size="small" onClick={install}>
            {t('updates.installNow')}
          </Button>
        ) : undefined
      }
    >
      {status.availableVersion !== null && status.phase === 'downloaded' && (
        <strong>{t('updates.ready', { version: status.availableVersion })} </strong>
      )}
      {t(message.key, message.values)}
    </Alert>
  );
}
