import { z } from 'zod';
import { appVersionSchema } from '../sync/versions';
import { updateGateReasons } from './gate';

/**
 * What the app window and main tell each other about updates (the IPC contract uses these
 * schemas). Main owns the updater; the window owns the outbox and the forms.
 */

/** Stable gets releases; beta also gets pre-releases (`1.4.0-beta.1`) for pilot users. */
export const updateChannelSchema = z.enum(['stable', 'beta']);
export type UpdateChannel = z.infer<typeof updateChannelSchema>;

/**
 * Whether this installation updates itself, and if not, why:
 * - `browser`: browser mode; the page is whatever the web server delivers;
 * - `development`: not a packaged app (`npm start`);
 * - `disabled-by-policy`: IT deploys updates itself (MEDINFO_DISABLE_UPDATES);
 * - `not-configured`: built without an update location;
 * - `unverifiable`: the build could not verify an update's signature (an unsigned Windows build,
 *   or an update location that is not HTTPS), so it never installs one.
 */
export const updateAvailabilitySchema = z.enum([
  'enabled',
  'browser',
  'development',
  'disabled-by-policy',
  'not-configured',
  'unverifiable',
]);
export type UpdateAvailability = z.infer<typeof updateAvailabilitySchema>;

/** Where the updater is in its cycle. */
export const updatePhaseSchema = z.enum([
  'idle',
  'checking',
  'downloading',
  'downloaded',
  'up-to-date',
  'failed',
  'installing',
]);
export type UpdatePhase = z.infer<typeof updatePhaseSchema>;

export const updateGateDecisionSchema = z.object({
  canInstall: z.boolean(),
  reason: z.enum(updateGateReasons),
  isRequired: z.boolean(),
  requiredVersion: z.string().nullable(),
  pendingMutations: z.int().min(0),
});

export const updateStatusSchema = z.object({
  availability: updateAvailabilitySchema,
  currentVersion: z.string(),
  channel: updateChannelSchema,
  phase: updatePhaseSchema,
  /** The newer version found (downloading or downloaded); null when none. */
  availableVersion: z.string().nullable(),
  /** 0–100 while downloading; null otherwise. */
  downloadPercent: z.number().min(0).max(100).nullable(),
  /** When the update location last answered (ISO 8601), null before the first answer. */
  lastCheckedAt: z.iso.datetime({ offset: true }).nullable(),
  /** The last failure, in the updater's words (English, for IT); null after a success. */
  errorMessage: z.string().max(500).nullable(),
  gate: updateGateDecisionSchema,
});
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

/** What the window reports whenever its outbox, its forms or the server's requirement change. */
export const updateReadinessReportSchema = z.object({
  pendingMutations: z.int().min(0).max(1_000_000_000),
  hasUnsavedInput: z.boolean(),
  /** From the sync server's GET /api/v1/info; null until the server has answered. */
  minimumAppVersion: appVersionSchema.nullable(),
});
export type UpdateReadinessReport = z.infer<typeof updateReadinessReportSchema>;

export const setUpdateChannelInputSchema = z.object({ channel: updateChannelSchema });
export type SetUpdateChannelInput = z.infer<typeof setUpdateChannelInputSchema>;

export const installUpdateResultSchema = z.object({
  isInstalling: z.boolean(),
  reason: z.enum(updateGateReasons),
});
export type InstallUpdateResult = z.infer<typeof installUpdateResultSchema>;
