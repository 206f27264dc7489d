import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import packageJson from './package.json' with { type: 'json' };

// One build for the three Electron layers. The renderer bundle is the same in Electron and in
// browser mode: src/renderer/src/platform picks the bridge at run time.
export default defineConfig({
  main: {
    build: {
      // Bundle main's dependencies (zod, electron-updater) into out/main: the package then needs
      // no node_modules at all, so the server's dependencies never ship in the installer
      // (docs/decisions/0061-package-contents.md).
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module: Electron loads it as CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version) },
    // xmlbuilder2's CommonJS entry requires Node's `events`; its browser bundle is the same
    // library, self-contained. E2B serialisation (src/shared/safety/e2b) then runs in the
    // renderer too (docs/decisions/0051; test/unit/shared/safety/e2b-browser.test.ts).
    resolve: { alias: { xmlbuilder2: resolve('node_modules/xmlbuilder2/lib/xmlbuilder2.min.js') } },
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
      chunkSizeWarningLimit: 2000,
    },
  },
});
