import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { systemUserId } from '../../../../shared/schemas';
import { useUsers } from '../../data';
import { setCurrentUser, useCurrentUserId } from '../../app/session';

/** Until sign-in exists: whose actions these are, among the local (demo) accounts. */
export function ActingAccountCard(): ReactNode {
  const { t } = useTranslation();
  const users = useUsers();
  const userId = useCurrentUserId();
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h3">
            {t('actingAccount.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('actingAccount.hint')}
          </Typography>
          <TextField
            select
            label={t('actingAccount.actingAs')}
            value={users ? userId : ''}
            onChange={(change) => setCurrentUser(change.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'acting-account-select' } }}
          >
            {(users ?? [])
              .filter((user) => user.id !== systemUserId && user.isActive)
              .map((user) => (
                <MenuItem key={user.id} value={user.id}>
                  {`${user.displayName} — ${t(`actingAccount.role.${user.role}`)}`}
                </MenuItem>
              ))}
          </TextField>
        </Stack>
      </CardContent>
    </Card>
  );
}
