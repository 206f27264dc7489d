import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import { PageHeader } from './PageHeader';

/** An area whose capability is still being built: says so plainly instead of showing a stub. */
export function PlaceholderPage({ title }: { title: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} />
      <Alert severity="info">{t('placeholder.comingSoon')}</Alert>
    </>
  );
}
