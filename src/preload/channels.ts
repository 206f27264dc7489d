import type { desktopApiChannels } from '../shared/ipc/contract';

/**
 * The channel each bridge function invokes. Written out rather than imported from the contract:
 * importing the contract's values would bundle zod into the preload. `satisfies typeof
 * desktopApiChannels` makes any drift from the contract a compile error.
 */
export const channels = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  print: 'window:print',
  openExternal: 'shell:open-external',
  setServerUrl: 'sync:set-server-url',
} as const satisfies typeof desktopApiChannels;
