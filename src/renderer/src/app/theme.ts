import { createTheme, type Theme } from '@mui/material/styles';

export type ThemeMode = 'light' | 'dark';

/** One theme for the whole app; colours chosen for WCAG AA contrast in both modes. */
export function buildTheme(mode: ThemeMode): Theme {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'light' ? '#0b5c8e' : '#7cc4f2' },
      secondary: { main: mode === 'light' ? '#7a3e9d' : '#d1a6ec' },
      error: { main: mode === 'light' ? '#b3261e' : '#f2b8b5' },
      background:
        mode === 'light'
          ? { default: '#f5f7fa', paper: '#ffffff' }
          : { default: '#111418', paper: '#1a1f25' },
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiAppBar: { defaultProps: { elevation: 0 } },
    },
  });
}
