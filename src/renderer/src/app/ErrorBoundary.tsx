import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';

type ErrorBoundaryState = { error: Error | null };

/** Shows a failure instead of a blank window, with a way out; nothing stored is touched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    reportError(Object.assign(error, { componentStack: info.componentStack }));
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <Alert
            severity="error"
            sx={{ m: 3 }}
            action={<Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>}
          >
            {t('errors.unexpected', { message: error.message })}
          </Alert>
        )}
      </Translation>
    );
  }
}
