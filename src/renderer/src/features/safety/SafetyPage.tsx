import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../components/PlaceholderPage';

export function SafetyPage(): ReactNode {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('safety.title')} />;
}
