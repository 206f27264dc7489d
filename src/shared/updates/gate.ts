import { compareAppVersions } from '../sync/versions';

/**
 * When a downloaded update may be installed. Installing restarts the app, and a new version may
 * change how records are stored and synced, so an update waits until nothing the officer did on
 * this device is only half done: no change waiting in the outbox, no form with unsaved input
 * (PRODUCT.md: never lose typing, never lose or delay a safety report).
 *
 * One exception: when the server refuses this version (it publishes `minimumAppVersion`), the
 * outbox can never drain here, so waiting for it would wait forever. The update then installs
 * with the changes still queued: the outbox lives in the local store, which survives the update,
 * and the new version sends it. Unsaved input always blocks: it exists nowhere else.
 */

/** What the renderer knows and main does not: the outbox and the forms. */
export type UpdateReadiness = {
  /** Changes written locally and not yet acknowledged by the server. */
  pendingMutations: number;
  /** A form holds input that is not saved as a record yet. */
  hasUnsavedInput: boolean;
};

export type UpdateGateInput = {
  currentVersion: string;
  /** The version downloaded and ready to install; null when none is. */
  downloadedVersion: string | null;
  /** The oldest version the sync server accepts; null until the server has said. */
  minimumAppVersion: string | null;
  /** Null until the app window has reported its state (nothing is known then). */
  readiness: UpdateReadiness | null;
};

/** Why the gate is open or closed; each reason has its own message in the user interface. */
export const updateGateReasons = [
  /** Nothing is downloaded (or only the version already running). */
  'nothing-downloaded',
  /** The server requires a newer version and none is downloaded yet. */
  'required-not-downloaded',
  /** The app window has not said yet whether it has unsynced changes or unsaved input. */
  'waiting-for-app',
  'unsaved-input',
  'unsynced-changes',
  'ready',
  /** Ready although changes are queued, because the server no longer syncs with this version. */
  'ready-sync-refused',
] as const;
export type UpdateGateReason = (typeof updateGateReasons)[number];

export type UpdateGateDecision = {
  canInstall: boolean;
  reason: UpdateGateReason;
  /** The server refuses to sync with the running version. */
  isRequired: boolean;
  /** The version the server requires, when it requires one newer than this. */
  requiredVersion: string | null;
  /** Changes still queued (0 when unknown), for the message. */
  pendingMutations: number;
};

/**
 * Decides whether the downloaded update may be installed now, and why (not).
 * Order matters: unsaved input is checked before the server's requirement because it would be
 * lost; queued changes only after it because they would not.
 * @throws never; malformed versions compare as 0.0.0 (see compareAppVersions)
 */
export function decideUpdateGate(input: UpdateGateInput): UpdateGateDecision {
  const isRequired =
    input.minimumAppVersion !== null &&
    compareAppVersions(input.currentVersion, input.minimumAppVersion) < 0;
  const pendingMutations = input.readiness?.pendingMutations ?? 0;
  const decide = (canInstall: boolean, reason: UpdateGateReason): UpdateGateDecision => ({
    canInstall,
    reason,
    isRequired,
    requiredVersion: isRequired ? input.minimumAppVersion : null,
    pendingMutations,
  });

  // Whether the download is newer is electron-updater's call (full semver, pre-releases included;
  // downgrades are switched off in main): here it only has to differ from what runs.
  const hasDownload =
    input.downloadedVersion !== null && input.downloadedVersion !== input.currentVersion;
  if (!hasDownload) {
    return decide(false, isRequired ? 'required-not-downloaded' : 'nothing-downloaded');
  }
  if (input.readiness === null) return decide(false, 'waiting-for-app');
  if (input.readiness.hasUnsavedInput) return decide(false, 'unsaved-input');
  if (pendingMutations > 0) {
    return isRequired ? decide(true, 'ready-sync-refused') : decide(false, 'unsynced-changes');
  }
  return decide(true, 'ready');
}
