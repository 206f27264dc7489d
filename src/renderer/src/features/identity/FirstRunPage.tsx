import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { createFirstAccount, getDatabase, provisionDemo } from '../../data';
import { AccountFields, accountDraftProblems, emptyAccountDraft } from './AccountFields';
import { newAccountFrom } from './account-input';
import { identityErrorMessage } from './error-messages';
import { beginSession, startSession } from './session-actions';

type Busy = 'creating' | 'demo' | null;

/**
 * The first run: nobody can sign in yet. The person installing creates their own account — it
 * also manages the laptop's accounts (decision 0010) — or explores the fictional demo company.
 */
export function FirstRunPage(): ReactNode {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(emptyAccountDraft);
  const [isShowingProblems, setShowingProblems] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);

  const create = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setShowingProblems(true);
    if (Object.keys(accountDraftProblems(draft)).length > 0) return;
    setBusy('creating');
    setError(null);
    try {
      beginSession(await createFirstAccount(getDatabase(), newAccountFrom(draft)));
    } catch (caught) {
      setError(identityErrorMessage(caught, t));
      setBusy(null);
    }
  };

  const exploreDemo = async (): Promise<void> => {
    setBusy('demo');
    setError(null);
    try {
      await provisionDemo(getDatabase());
      await startSession();
    } catch (caught) {
      setError(identityErrorMessage(caught, t));
      setBusy(null);
    }
  };

  return (
    <Box component="main" sx={{ maxWidth: 1000, mx: 'auto', p: 4 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('identity.firstRun.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('identity.firstRun.intro')}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} role="alert">
          {error}
        </Alert>
      )}
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Card
            variant="outlined"
            component="form"
            onSubmit={(event: FormEvent) => void create(event)}
            noValidate
          >
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {t('identity.firstRun.createTitle')}
              </Typography>
              <Typography color="text.secondary" sx={{ mb: 2 }}>
                {t('identity.firstRun.createIntro')}
              </Typography>
              <AccountFields
                draft={draft}
                onChange={setDraft}
                isShowingProblems={isShowingProblems}
                passwordLabel={t('identity.password.choose')}
              />
              {busy === 'creating' && (
                <LinearProgress sx={{ mt: 2 }} aria-label={t('identity.firstRun.creatingKeys')} />
              )}
              <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={busy !== null}>
                {t('identity.firstRun.create')}
              </Button>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {t('identity.firstRun.demoTitle')}
              </Typography>
              <Typography color="text.secondary" sx={{ mb: 2 }}>
                {t('identity.firstRun.demoIntro')}
              </Typography>
              <Alert severity="warning" sx={{ mb: 2 }}>
                {t('identity.firstRun.demoWarning')}
              </Alert>
              {busy === 'demo' && (
                <LinearProgress sx={{ mb: 2 }} aria-label={t('identity.firstRun.preparingDemo')} />
              )}
              <Button
                variant="outlined"
                onClick={() => void exploreDemo()}
                data-testid="explore-demo"
                disabled={busy !== null}
              >
                {t('identity.firstRun.explore')}
              </Button>
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </Box>
  );
}
