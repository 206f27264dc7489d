import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { PageHeader } from '../../components/PageHeader';
import { useDocuments, useEvents, useProducts, useSettings } from '../../data';
import { useCurrentUser } from '../identity';
import { generateEventLetters, type BatchResult } from './batch-letters';

/** Letters: the batch of an event's answered inquiries, as one zip. */
export function LettersPage(): ReactNode {
  const { t } = useTranslation();
  const events = useEvents();
  const documents = useDocuments();
  const products = useProducts();
  const settings = useSettings();
  const user = useCurrentUser();
  const [eventId, setEventId] = useState<string>('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<BatchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const event = events?.find((candidate) => candidate.id === eventId) ?? events?.[0];
  const isLoaded = documents !== undefined && products !== undefined && settings !== undefined;

  const generate = (): void => {
    if (!event || !isLoaded) return;
    setError(null);
    setResult(null);
    setProgress({ done: 0, total: 0 });
    generateEventLetters(
      {
        event,
        documents,
        products,
        settings,
        author: { printedName: user.displayName, jobTitle: user.jobTitle || null },
      },
      (done, total) => setProgress({ done, total }),
    )
      .then(setResult)
      .catch((caught: unknown) =>
        setError(caught instanceof Error ? caught.message : String(caught)),
      )
      .finally(() => setProgress(null));
  };

  return (
    <>
      <PageHeader title={t('letters.title')} />
      <Card variant="outlined">
        <CardContent>
          <Stack spacing={2}>
            <Typography>{t('letterBatch.intro')}</Typography>
            {events?.length === 0 && <Alert severity="info">{t('letterBatch.noEvents')}</Alert>}
            {event && (
              <TextField
                select
                size="small"
                label={t('letterBatch.event')}
                value={event.id}
                onChange={(change) => setEventId(change.target.value)}
                sx={{ maxWidth: 420 }}
              >
                {(events ?? []).map((candidate) => (
                  <MenuItem key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <Button
              variant="contained"
              onClick={generate}
              disabled={!event || !isLoaded || progress !== null}
              sx={{ alignSelf: 'flex-start' }}
              data-testid="batch-generate"
            >
              {progress
                ? t('letterBatch.working', { done: progress.done, total: progress.total })
                : t('letterBatch.generate')}
            </Button>
            {result && (
              <Alert severity="success" data-testid="batch-result">
                {t('letterBatch.done', { count: result.letters, file: result.fileName })}
                {result.problems > 0 && ` ${t('letterBatch.skipped', { count: result.problems })}`}
              </Alert>
            )}
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        </CardContent>
      </Card>
    </>
  );
}
