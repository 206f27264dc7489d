import { z } from 'zod';
import {
  installUpdateResultSchema,
  setUpdateChannelInputSchema,
  updateReadinessReportSchema,
  updateStatusSchema,
} from '../updates/status';
import type {
  InstallUpdateResult,
  SetUpdateChannelInput,
  UpdateReadinessReport,
  UpdateStatus,
} from '../updates/status';

/**
 * The IPC contract: every channel between the renderer and the main process, with the zod
 * schemas of its input and output. Main parses every input with these schemas (see
 * src/main/ipc/handle.ts); the preload exposes one named function per channel (DesktopApi).
 * Channel names follow `area:verb-noun`.
 */

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  electronVersion: z.string(),
  chromeVersion: z.string(),
  userDataPath: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Kinds of files the renderer may ask main to save; each maps to one dialog filter. */
export const savedFileKindSchema = z.enum(['pdf', 'csv', 'xml', 'json', 'eml', 'zip', 'xlsx']);
export type SavedFileKind = z.infer<typeof savedFileKindSchema>;

/** 50 MiB: a 50-page letter with images stays far below; anything larger is a bug or an attack. */
export const MAX_SAVED_FILE_BYTES = 50 * 1024 * 1024;

// No folder separators, no characters Windows refuses, no control characters (\p{Cc}).
const fileNamePattern = /^[^/\\:*?"<>|\p{Cc}]{1,200}$/u;

export const saveFileInputSchema = z.object({
  suggestedName: z
    .string()
    .regex(fileNamePattern, 'A file name without folders or characters a file system refuses'),
  kind: savedFileKindSchema,
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVED_FILE_BYTES, {
    message: `At most ${MAX_SAVED_FILE_BYTES} bytes`,
  }),
});
export type SaveFileInput = z.infer<typeof saveFileInputSchema>;

export const saveFileResultSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), fileName: z.string() }),
  z.object({ saved: z.literal(false) }),
]);
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

export const openExternalInputSchema = z.object({ url: z.string().max(2048) });
export type OpenExternalInput = z.infer<typeof openExternalInputSchema>;

export const openExternalResultSchema = z.object({ opened: z.boolean() });
export type OpenExternalResult = z.infer<typeof openExternalResultSchema>;

/**
 * Whether the OS can protect secrets for this user (Electron safeStorage). Fast unlock needs it,
 * and refuses a plaintext store: on Linux without a keyring, safeStorage falls back to
 * `basic_text`, a hard-coded key that protects nothing (decision 0013).
 */
export const secureStorageStatusSchema = z.object({
  isAvailable: z.boolean(),
  /** Linux only: the backend safeStorage selected (e.g. `gnome_libsecret`); null elsewhere. */
  backend: z.string().nullable(),
  reason: z.enum(['no-encryption', 'plaintext-backend', 'browser']).nullable(),
});
export type SecureStorageStatus = z.infer<typeof secureStorageStatusSchema>;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'base64');

export const protectSecretInputSchema = z.object({ secret: z.string().min(1).max(10_000) });
export type ProtectSecretInput = z.infer<typeof protectSecretInputSchema>;
export const protectSecretResultSchema = z.object({ protectedSecret: base64.min(1).max(20_000) });
export type ProtectSecretResult = z.infer<typeof protectSecretResultSchema>;

export const unprotectSecretInputSchema = z.object({ protectedSecret: base64.min(1).max(20_000) });
export type UnprotectSecretInput = z.infer<typeof unprotectSecretInputSchema>;
export const unprotectSecretResultSchema = z.object({ secret: z.string() });
export type UnprotectSecretResult = z.infer<typeof unprotectSecretResultSchema>;

/**
 * The sync server the renderer will talk to. Main asks the person to confirm a new server (a
 * script injected into the page must not be able to open the CSP to a server of its choice), keeps
 * it, and sends it in the CSP's connect-src from the next page load on.
 */
export const setServerUrlInputSchema = z.object({ serverUrl: z.string().max(2048).nullable() });
export type SetServerUrlInput = z.infer<typeof setServerUrlInputSchema>;

export const setServerUrlResultSchema = z.object({
  /** False when the person declined the new server. */
  applied: z.boolean(),
  serverOrigin: z.string().nullable(),
  /** The page must reload for the new connect-src to apply. */
  needsReload: z.boolean(),
});
export type SetServerUrlResult = z.infer<typeof setServerUrlResultSchema>;

const noInput = z.undefined();
const noOutput = z.undefined();

export const ipcContract = {
  'app:get-info': { input: noInput, output: appInfoSchema },
  'file:save': { input: saveFileInputSchema, output: saveFileResultSchema },
  'window:print': { input: noInput, output: noOutput },
  'shell:open-external': { input: openExternalInputSchema, output: openExternalResultSchema },
  'update:get-status': { input: noInput, output: updateStatusSchema },
  'update:check-now': { input: noInput, output: updateStatusSchema },
  'update:set-channel': { input: setUpdateChannelInputSchema, output: updateStatusSchema },
  'update:report-readiness': { input: updateReadinessReportSchema, output: updateStatusSchema },
  'update:install-now': { input: noInput, output: installUpdateResultSchema },
  'secure-storage:get-status': { input: noInput, output: secureStorageStatusSchema },
  'secure-storage:protect': { input: protectSecretInputSchema, output: protectSecretResultSchema },
  'secure-storage:unprotect': {
    input: unprotectSecretInputSchema,
    output: unprotectSecretResultSchema,
  },
  'sync:set-server-url': { input: setServerUrlInputSchema, output: setServerUrlResultSchema },
} as const;

/**
 * What the operating system tells the app (main → renderer): the machine goes to sleep, the
 * screen locks, or the user picked "Lock" in the menu. The app locks on each (decision 0013).
 */
export const systemEventSchema = z.object({
  kind: z.enum(['suspend', 'lock-screen', 'resume', 'unlock-screen', 'lock-requested']),
});
export type SystemEvent = z.infer<typeof systemEventSchema>;

/** Events main sends to the renderer: channel → payload schema (main parses before sending). */
export const ipcEvents = {
  'system:event': systemEventSchema,
} as const;
export type IpcEventChannel = keyof typeof ipcEvents;

export type IpcChannel = keyof typeof ipcContract;
export type IpcInput<C extends IpcChannel> = z.input<(typeof ipcContract)[C]['input']>;
export type IpcOutput<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['output']>;

/**
 * What the preload exposes as `window.api`: one named function per channel, nothing else.
 * Kept as an explicit map so that a renamed channel breaks the preload at compile time.
 */
export type DesktopApi = {
  getAppInfo: () => Promise<AppInfo>;
  saveFile: (input: SaveFileInput) => Promise<SaveFileResult>;
  print: () => Promise<void>;
  openExternal: (input: OpenExternalInput) => Promise<OpenExternalResult>;
  getUpdateStatus: () => Promise<UpdateStatus>;
  checkForUpdates: () => Promise<UpdateStatus>;
  setUpdateChannel: (input: SetUpdateChannelInput) => Promise<UpdateStatus>;
  /** The window's outbox and forms; main installs a downloaded update only when they allow. */
  reportUpdateReadiness: (input: UpdateReadinessReport) => Promise<UpdateStatus>;
  /** Restarts into the downloaded update when the gate is open; otherwise says why not. */
  installUpdateNow: () => Promise<InstallUpdateResult>;
  getSecureStorageStatus: () => Promise<SecureStorageStatus>;
  protectSecret: (input: ProtectSecretInput) => Promise<ProtectSecretResult>;
  unprotectSecret: (input: UnprotectSecretInput) => Promise<UnprotectSecretResult>;
  /** Calls `listener` on every system event; returns the function that stops listening. */
  onSystemEvent: (listener: (event: SystemEvent) => void) => () => void;
  setServerUrl: (input: SetServerUrlInput) => Promise<SetServerUrlResult>;
};

/** The DesktopApi functions that subscribe to an event rather than invoke a channel. */
export type DesktopApiSubscription = 'onSystemEvent';

/** The channel each DesktopApi function calls; the preload and its test are built from it. */
export const desktopApiChannels = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  print: 'window:print',
  openExternal: 'shell:open-external',
  getUpdateStatus: 'update:get-status',
  checkForUpdates: 'update:check-now',
  setUpdateChannel: 'update:set-channel',
  reportUpdateReadiness: 'update:report-readiness',
  installUpdateNow: 'update:install-now',
  getSecureStorageStatus: 'secure-storage:get-status',
  protectSecret: 'secure-storage:protect',
  unprotectSecret: 'secure-storage:unprotect',
  setServerUrl: 'sync:set-server-url',
} as const satisfies Record<Exclude<keyof DesktopApi, DesktopApiSubscription>, IpcChannel>;

/** The event channel each subscribing DesktopApi function listens on. */
export const desktopApiEvents = {
  onSystemEvent: 'system:event',
} as const satisfies Record<DesktopApiSubscription, IpcEventChannel>;
