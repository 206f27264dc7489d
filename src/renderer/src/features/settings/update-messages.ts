import type {
  UpdateAvailability,
  UpdateGateReason,
  UpdatePhase,
  UpdateStatus,
} from '../../../../shared/updates';

/** A message key of the `updates` catalog area, with what it interpolates. */
export type UpdateMessage = {
  key: string;
  values: Record<string, string | number>;
  severity: 'info' | 'success' | 'warning' | 'error';
};

const availabilityKeys: Record<Exclude<UpdateAvailability, 'enabled'>, string> = {
  browser: 'updates.availability.browser',
  development: 'updates.availability.development',
  'disabled-by-policy': 'updates.availability.disabledByPolicy',
  'not-configured': 'updates.availability.notConfigured',
  unverifiable: 'updates.availability.unverifiable',
};

const phaseKeys: Record<UpdatePhase, string> = {
  idle: 'updates.phase.idle',
  checking: 'updates.phase.checking',
  downloading: 'updates.phase.downloading',
  downloaded: 'updates.phase.downloaded',
  'up-to-date': 'updates.phase.upToDate',
  failed: 'updates.phase.failed',
  installing: 'updates.phase.installing',
};

const gateKeys: Record<UpdateGateReason, string> = {
  'nothing-downloaded': 'updates.gate.nothingDownloaded',
  'required-not-downloaded': 'updates.gate.requiredNotDownloaded',
  'waiting-for-app': 'updates.gate.waitingForApp',
  'unsaved-input': 'updates.gate.unsavedInput',
  'unsynced-changes': 'updates.gate.unsyncedChanges',
  ready: 'updates.gate.ready',
  'ready-sync-refused': 'updates.gate.readySyncRefused',
};

/** What the updater is doing, or why this installation does not update itself. */
export function describeUpdateState(status: UpdateStatus): UpdateMessage {
  if (status.availability !== 'enabled') {
    const isProblem = status.availability === 'unverifiable';
    return {
      key: availabilityKeys[status.availability],
      values: {},
      severity: isProblem ? 'warning' : 'info',
    };
  }
  const severity =
    status.phase === 'failed' ? 'error' : status.phase === 'downloaded' ? 'success' : 'info';
  return {
    key: phaseKeys[status.phase],
    values: {
      version: status.availableVersion ?? '',
      percent: Math.round(status.downloadPercent ?? 0),
    },
    severity,
  };
}

/**
 * When the downloaded update will install, or why it waits; null when there is nothing to say
 * (no download and nothing required).
 */
export function describeUpdateGate(status: UpdateStatus): UpdateMessage | null {
  const { gate } = status;
  if (gate.reason === 'nothing-downloaded') return null;
  const severity = gate.isRequired ? 'warning' : gate.canInstall ? 'success' : 'info';
  return {
    key: gateKeys[gate.reason],
    values: { count: gate.pendingMutations, version: gate.requiredVersion ?? '' },
    severity,
  };
}
