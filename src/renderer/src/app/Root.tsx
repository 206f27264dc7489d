import { useCallback, useMemo, type ReactNode } from 'react';
import { HashRouter } from 'react-router';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { Settings } from '../../../shared/schemas';
import { getDatabase, getSettings, saveSettings } from '../data';
import { IdentityGate } from '../features/identity';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { PreferencesProvider, usePreferences, type Preferences } from './preferences';
import { currentActor } from './session';
import { buildTheme } from './theme';

function ThemedApp(): ReactNode {
  const { resolvedTheme } = usePreferences();
  const theme = useMemo(() => buildTheme(resolvedTheme), [resolvedTheme]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <HashRouter>
          <IdentityGate>
            <App />
          </IdentityGate>
        </HashRouter>
      </ErrorBoundary>
    </ThemeProvider>
  );
}

type RootProps = { i18n: i18n; initialPreferences: Preferences };

/** Providers around the app: translations, display preferences (saved to settings), theme. */
export function Root({ i18n, initialPreferences }: RootProps): ReactNode {
  const persist = useCallback(
    (preferences: Preferences) => {
      void i18n.changeLanguage(preferences.language);
      document.documentElement.lang = preferences.language;
      const db = getDatabase();
      void getSettings(db)
        .then((settings: Settings) =>
          saveSettings(
            db,
            { ...settings, theme: preferences.theme, language: preferences.language },
            currentActor(),
          ),
        )
        .catch((error: unknown) => {
          // The UI already shows the new choice; only its persistence failed.
          reportError(error);
        });
    },
    [i18n],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <PreferencesProvider initial={initialPreferences} onChange={persist}>
        <ThemedApp />
      </PreferencesProvider>
    </I18nextProvider>
  );
}
