import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { SupportedLanguage } from '../../../shared/i18n';
import type { ThemeMode } from './theme';

export type ThemePreference = ThemeMode | 'system';

export type Preferences = {
  theme: ThemePreference;
  language: SupportedLanguage;
};

type PreferencesContextValue = Preferences & {
  resolvedTheme: ThemeMode;
  setTheme: (theme: ThemePreference) => void;
  toggleTheme: () => void;
  setLanguage: (language: SupportedLanguage) => void;
};

const PreferencesContext = createContext<PreferencesContextValue | null>(null);

type PreferencesProviderProps = {
  initial: Preferences;
  /** Persists a change (the local store's settings); the UI updates at once either way. */
  onChange: (preferences: Preferences) => void;
  children: ReactNode;
};

/** The user's display preferences: theme and language, kept in the local store's settings. */
export function PreferencesProvider({
  initial,
  onChange,
  children,
}: PreferencesProviderProps): ReactNode {
  const [preferences, setPreferences] = useState(initial);
  const systemPrefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const resolvedTheme: ThemeMode =
    preferences.theme === 'system' ? (systemPrefersDark ? 'dark' : 'light') : preferences.theme;

  const update = useCallback(
    (change: Partial<Preferences>) => {
      const next = { ...preferences, ...change };
      setPreferences(next);
      onChange(next);
    },
    [preferences, onChange],
  );

  const value = useMemo<PreferencesContextValue>(
    () => ({
      ...preferences,
      resolvedTheme,
      setTheme: (theme) => update({ theme }),
      toggleTheme: () => update({ theme: resolvedTheme === 'dark' ? 'light' : 'dark' }),
      setLanguage: (language) => update({ language }),
    }),
    [preferences, resolvedTheme, update],
  );
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): PreferencesContextValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences() needs a <PreferencesProvider> above it');
  return value;
}
