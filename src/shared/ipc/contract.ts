import { z } from 'zod';

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
  'sync:set-server-url': { input: setServerUrlInputSchema, output: setServerUrlResultSchema },
} as const;

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
  setServerUrl: (input: SetServerUrlInput) => Promise<SetServerUrlResult>;
};

/** The channel each DesktopApi function calls; the preload and its test are built from it. */
export const desktopApiChannels = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  print: 'window:print',
  openExternal: 'shell:open-external',
  setServerUrl: 'sync:set-server-url',
} as const satisfies Record<keyof DesktopApi, IpcChannel>;
