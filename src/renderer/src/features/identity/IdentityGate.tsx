import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { FirstRunPage } from './FirstRunPage';
import { SignInPage } from './SignInPage';
import { SignatureProvider } from './SignatureProvider';
import { startSession } from './session-actions';
import { useSessionState } from './session-store';
import { useAutoLock } from './use-auto-lock';

function SignedIn({ children }: { children: ReactNode }): ReactNode {
  useAutoLock();
  return <SignatureProvider>{children}</SignatureProvider>;
}

/**
 * Nothing of the app renders until someone is signed in. On lock the app's whole tree
 * unmounts — every screen, dialog and decrypted value with it — and only the lock screen is left
 * (decision 0013). Each person gets a fresh tree: nothing carries over between users.
 */
export function IdentityGate({ children }: { children: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const session = useSessionState();
  useEffect(() => {
    if (session.status === 'starting') void startSession();
  }, [session.status]);
  switch (session.status) {
    case 'starting':
      return (
        <Box sx={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
          <CircularProgress aria-label={t('app.loading')} />
        </Box>
      );
    case 'first-run':
      return <FirstRunPage />;
    case 'signed-out':
    case 'locked':
      return <SignInPage />;
    case 'signed-in':
      return <SignedIn key={session.user?.id}>{children}</SignedIn>;
  }
}
