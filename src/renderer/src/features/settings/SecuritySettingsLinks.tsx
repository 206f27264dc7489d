import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useCan } from '../identity';

/** The way to accounts, password and lock, and what this laptop holds. */
export function SecuritySettingsLinks(): ReactNode {
  const { t } = useTranslation();
  const canManageUsers = useCan('canManageUsers');
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          {t('identity.settings.title')}
        </Typography>
        <List dense>
          {canManageUsers && (
            <ListItemButton component={RouterLink} to="/settings/users">
              <ListItemText
                primary={t('identity.users.title')}
                secondary={t('identity.settings.usersHelp')}
              />
            </ListItemButton>
          )}
          <ListItemButton component={RouterLink} to="/settings/security">
            <ListItemText
              primary={t('identity.security.title')}
              secondary={t('identity.settings.securityHelp')}
            />
          </ListItemButton>
          <ListItemButton component={RouterLink} to="/settings/device-data">
            <ListItemText
              primary={t('identity.holdings.title')}
              secondary={t('identity.settings.holdingsHelp')}
            />
          </ListItemButton>
        </List>
      </CardContent>
    </Card>
  );
}
