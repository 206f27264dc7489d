import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { catalogs, isSupportedLanguage } from '../../shared/i18n';
import { getSettings, openStore, recoverRescuedDrafts, startAppSync } from './data';
import { detectLanguage, initI18n } from './app/i18n';
import { Root } from './app/Root';
import { publishMinimumAppVersion } from './app/server-requirements';
import './app/global.css';

/** Opens the store (seeding the demo company on first run), then renders in the saved language. */
async function start(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  try {
    const db = await openStore();
    // Typing kept while the window closed or reloaded goes back into the store first.
    await recoverRescuedDrafts(db);
    // Sync runs beside the interface from the start, offline with the last session if need be.
    const engine = startAppSync({ appVersion: import.meta.env.VITE_APP_VERSION });
    // The update gate learns the oldest version the server syncs with from the engine.
    engine.subscribe(() => publishMinimumAppVersion(engine.getStatus().minimumAppVersion));
    const settings = await getSettings(db);
    const language = isSupportedLanguage(settings.language)
      ? settings.language
      : detectLanguage(navigator.languages);
    document.documentElement.lang = language;
    const i18n = await initI18n(language);
    root.render(
      <StrictMode>
        <Root i18n={i18n} initialPreferences={{ theme: settings.theme, language }} />
      </StrictMode>,
    );
  } catch (error) {
    // i18next may not be up yet: speak from the catalog directly, in the system's language.
    const catalog = catalogs[detectLanguage(navigator.languages)];
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = catalog.app.storeFailed.replace(
      '{{message}}',
      error instanceof Error ? error.message : String(error),
    );
    container.replaceChildren(message);
    reportError(error);
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void start(container);
