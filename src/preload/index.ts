import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type {
  AppInfo,
  DesktopApi,
  OpenExternalInput,
  OpenExternalResult,
  ProtectSecretInput,
  ProtectSecretResult,
  SaveFileInput,
  SaveFileResult,
  SecureStorageStatus,
  SystemEvent,
  UnprotectSecretInput,
  UnprotectSecretResult,
  SetServerUrlInput,
  SetServerUrlResult,
} from '../shared/ipc/contract';
import type {
  InstallUpdateResult,
  SetUpdateChannelInput,
  UpdateReadinessReport,
  UpdateStatus,
} from '../shared/updates/status';
import { channels, eventChannels } from './channels';

/*
 * The whole bridge: one named function per contract channel. Never expose ipcRenderer or a
 * generic invoke: a compromised page could then call any channel with anything.
 */

// The answer comes from main's handle(), which parsed it with the contract's output schema.
function invoke<T>(channel: string, ...args: [] | [unknown]): Promise<T> {
  return ipcRenderer.invoke(channel, ...args) as Promise<T>;
}

/**
 * Subscribes the page to one event channel. The page gets the payload only (main parsed it with
 * the contract's schema before sending), never the IPC event, which would expose the sender.
 */
function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: T): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api = {
  getAppInfo: (): Promise<AppInfo> => invoke(channels.getAppInfo),
  saveFile: (input: SaveFileInput): Promise<SaveFileResult> => invoke(channels.saveFile, input),
  print: (): Promise<void> => invoke(channels.print),
  openExternal: (input: OpenExternalInput): Promise<OpenExternalResult> =>
    invoke(channels.openExternal, input),
  getUpdateStatus: (): Promise<UpdateStatus> => invoke(channels.getUpdateStatus),
  checkForUpdates: (): Promise<UpdateStatus> => invoke(channels.checkForUpdates),
  setUpdateChannel: (input: SetUpdateChannelInput): Promise<UpdateStatus> =>
    invoke(channels.setUpdateChannel, input),
  reportUpdateReadiness: (input: UpdateReadinessReport): Promise<UpdateStatus> =>
    invoke(channels.reportUpdateReadiness, input),
  installUpdateNow: (): Promise<InstallUpdateResult> => invoke(channels.installUpdateNow),
  getSecureStorageStatus: (): Promise<SecureStorageStatus> =>
    invoke(channels.getSecureStorageStatus),
  protectSecret: (input: ProtectSecretInput): Promise<ProtectSecretResult> =>
    invoke(channels.protectSecret, input),
  unprotectSecret: (input: UnprotectSecretInput): Promise<UnprotectSecretResult> =>
    invoke(channels.unprotectSecret, input),
  onSystemEvent: (listener: (event: SystemEvent) => void): (() => void) =>
    subscribe(eventChannels.onSystemEvent, listener),
  setServerUrl: (input: SetServerUrlInput): Promise<SetServerUrlResult> =>
    invoke(channels.setServerUrl, input),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
