import { contextBridge, ipcRenderer } from 'electron';
import type {
  AppInfo,
  DesktopApi,
  OpenExternalInput,
  OpenExternalResult,
  SaveFileInput,
  SaveFileResult,
} from '../shared/ipc/contract';
import type {
  InstallUpdateResult,
  SetUpdateChannelInput,
  UpdateReadinessReport,
  UpdateStatus,
} from '../shared/updates/status';
import { channels } from './channels';

/*
 * The whole bridge: one named function per contract channel. Never expose ipcRenderer or a
 * generic invoke: a compromised page could then call any channel with anything.
 */

// The answer comes from main's handle(), which parsed it with the contract's output schema.
function invoke<T>(channel: string, ...args: [] | [unknown]): Promise<T> {
  return ipcRenderer.invoke(channel, ...args) as Promise<T>;
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
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
