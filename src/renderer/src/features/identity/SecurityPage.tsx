import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import { PageHeader } from '../../components/PageHeader';
import { ChangePasswordCard } from './ChangePasswordCard';
import { FastUnlockCard } from './FastUnlockCard';
import { LockSettingsCard } from './LockSettingsCard';

/** Password, automatic lock and fast unlock of the signed-in person on this laptop. */
export function SecurityPage(): ReactNode {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('identity.security.title')} />
      <Stack spacing={2} sx={{ maxWidth: 640 }}>
        <ChangePasswordCard />
        <LockSettingsCard />
        <FastUnlockCard />
      </Stack>
    </>
  );
}
