import { resolve } from 'node:path';
import { originOfServerUrl } from '../src/shared/security/csp';
import { startWebServer } from './web-server';

// `npm run web`: the built renderer in any Chromium-based browser, with the web bridge.
const port = Number(process.env.PORT ?? 5178);
const serverUrl = process.env.MEDINFO_SERVER_URL;
const server = await startWebServer({
  root: resolve('out/renderer'),
  port,
  serverOrigin: serverUrl ? originOfServerUrl(serverUrl) : undefined,
});
console.log(`MedInfo Desk (browser mode) at ${server.url} — Ctrl+C to stop`);
