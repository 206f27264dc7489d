import { BrowserWindow } from 'electron';
import { ipcContract } from '../../shared/ipc/contract';
import type { IpcChannel } from '../../shared/ipc/contract';
import { getAppInfo } from '../services/app-info';
import { openExternalUrl } from '../services/open-external';
import { printWebContents } from '../services/print';
import { saveFile } from '../services/save-file';
import { getUpdaterService } from '../services/updater-instance';
import { getSecureStorageStatus, protectSecret, unprotectSecret } from '../services/secure-storage';
import { setServerUrl } from '../services/server-origin';
import { handle } from './handle';
import type { IpcHandler, IpcTrust } from './handle';

/** One handler per contract channel; a channel added to the contract fails to compile here. */
export type IpcHandlers = { [C in IpcChannel]: IpcHandler<C> };

export const ipcHandlers: IpcHandlers = {
  'app:get-info': () => getAppInfo(),
  'file:save': (input, { sender }) => saveFile(input, BrowserWindow.fromWebContents(sender)),
  'window:print': async (_input, { sender }) => {
    await printWebContents(sender);
    return undefined;
  },
  'shell:open-external': (input) => openExternalUrl(input.url),
  'update:get-status': () => getUpdaterService().getStatus(),
  'update:check-now': () => getUpdaterService().checkNow(),
  'update:set-channel': (input) => getUpdaterService().setChannel(input.channel),
  'update:report-readiness': (input) => getUpdaterService().reportReadiness(input),
  'update:install-now': () => getUpdaterService().installNow(),
  'secure-storage:get-status': () => getSecureStorageStatus(),
  'secure-storage:protect': (input) => protectSecret(input.secret),
  'secure-storage:unprotect': (input) => unprotectSecret(input.protectedSecret),
  'sync:set-server-url': (input, { sender }) =>
    setServerUrl(input, BrowserWindow.fromWebContents(sender)),
};

function registerOne<C extends IpcChannel>(channel: C, trust: IpcTrust): void {
  handle(channel, ipcHandlers[channel], trust);
}

/** Registers every channel of the contract. Call once, when the app is ready. */
export function registerIpcHandlers(trust: IpcTrust): void {
  // Object.keys loses the key type; the keys of ipcContract are exactly the IpcChannels.
  for (const channel of Object.keys(ipcContract) as IpcChannel[]) registerOne(channel, trust);
}
