import type { DesktopApi } from '../shared/ipc/contract';

/*
 * The renderer's view of the preload (tsconfig.web.json includes this file): `window.api`.
 * Optional because the same renderer bundle also runs in browser mode, where there is no preload
 * and src/renderer/src/platform falls back to the web bridge.
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into the global Window
  interface Window {
    readonly api?: DesktopApi;
  }
}

export type { DesktopApi };
