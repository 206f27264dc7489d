import type { desktopApiChannels, desktopApiEvents } from '../shared/ipc/contract';

/**
 * The channel each bridge function invokes, and the event channel each subscription listens
 * on. Written out rather than imported from the contract: importing the contract's values would
 * bundle zod into the preload. `satisfies typeof …` makes any drift from the contract a compile
 * error.
 */
export const channels = {
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
} as const satisfies typeof desktopApiChannels;

export const eventChannels = {
  onSystemEvent: 'system:event',
} as const satisfies typeof desktopApiEvents;
