import { contextBridge, ipcRenderer } from 'electron';
import type {
  AppInfo,
  DesktopApi,
  OpenExternalInput,
  OpenExternalResult,
  SaveFileInput,
  SaveFileResult,
  SetServerUrlInput,
  SetServerUrlResult,
} from '../shared/ipc/contract';
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
  setServerUrl: (input: SetServerUrlInput): Promise<SetServerUrlResult> =>
    invoke(channels.setServerUrl, input),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
