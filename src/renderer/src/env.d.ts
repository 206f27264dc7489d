/// <reference types="vite/client" />

// Values electron.vite.config.ts defines at build time.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into Vite's ImportMetaEnv
interface ImportMetaEnv {
  readonly VITE_APP_VERSION: string;
}
