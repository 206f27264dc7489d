/**
 * What goes into app.asar, as electron-builder `files` patterns (evaluated in order; a `!`
 * pattern removes what earlier ones added). Only the built bundles, the app's runtime resources
 * and package.json (its `main` and `type`): no sources, tests, docs or dev tooling. Main's
 * dependencies are bundled into out/main (electron.vite.config.ts), so no node_modules ship
 * either — the sync server's dependencies stay out of the installer
 * (docs/decisions/0061-package-contents.md).
 */
export const packagedFiles = [
  'out/main/**/*',
  'out/preload/**/*',
  'out/renderer/**/*',
  'resources/**/*',
  // The renderer bundles the fonts it uses (out/renderer/assets); their licence ships as is.
  '!resources/fonts/*.ttf',
  'package.json',
  // Source maps would carry the sources back in.
  '!**/*.map',
  '!**/*.{ts,tsx,mts,cts}',
  // Keys, certificates and environment files, wherever a careless copy put them.
  '!**/{.env,.env.*,.npmrc}',
  '!**/*.{pem,key,p8,p12,pfx,cer,crt,der,csr,keystore,jks,mobileprovision,provisionprofile}',
  '!node_modules{,/**/*}',
];
