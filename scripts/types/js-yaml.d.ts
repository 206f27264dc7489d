// js-yaml arrives with electron-builder and electron-updater (which read and write the update
// metadata with it); its type package is not installed, so the one function used is typed here.
declare module 'js-yaml' {
  /** Parses one YAML document; throws YAMLException on malformed input. */
  export function load(text: string): unknown;
}
