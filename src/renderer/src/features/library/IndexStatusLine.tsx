import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { LibraryIndexStatus } from '../../data';

type IndexStatusLineProps = { status: LibraryIndexStatus; milliseconds: number };

/** Whether the search index is ready, and how fast the last answer came. */
export function IndexStatusLine({ status, milliseconds }: IndexStatusLineProps): ReactNode {
  const { t } = useTranslation();
  if (status.state === 'loading') {
    return (
      <div role="status">
        <Typography variant="body2" color="text.secondary">
          {t('library.indexLoading')}
        </Typography>
        <LinearProgress />
      </div>
    );
  }
  if (status.state === 'failed') {
    return <Alert severity="error">{t('library.indexFailed', { message: status.message })}</Alert>;
  }
  return (
    <Typography variant="body2" color="text.secondary" role="status" data-testid="index-status">
      {t('library.indexReady', {
        documents: status.documentCount,
        milliseconds: milliseconds.toFixed(1),
      })}
    </Typography>
  );
}
