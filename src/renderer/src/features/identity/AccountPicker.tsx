import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Avatar from '@mui/material/Avatar';
import List from '@mui/material/List';
import ListItemAvatar from '@mui/material/ListItemAvatar';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { User } from '../../../../shared/schemas';

/** The first letters of a name, for an avatar: "Dr. Tobias Berger" → "TB". */
export function initialsOf(name: string): string {
  const words = name
    .replace(/^(dr|prof)\.?\s+/iu, '')
    .split(/\s+/u)
    .filter(Boolean);
  return words
    .map((word) => word[0]?.toUpperCase() ?? '')
    .slice(0, 2)
    .join('');
}

type AccountPickerProps = { accounts: User[] | undefined; onPick: (userId: string) => void };

/** The accounts of this laptop, active ones first: pick yourself, then type your password. */
export function AccountPicker({ accounts, onPick }: AccountPickerProps): ReactNode {
  const { t } = useTranslation();
  if (accounts === undefined) return null;
  const ordered = [...accounts].sort(
    (left, right) => Number(right.isActive) - Number(left.isActive),
  );
  return (
    <>
      <Typography variant="h6" component="h2" gutterBottom>
        {t('identity.signIn.whoAreYou')}
      </Typography>
      <List aria-label={t('identity.signIn.accounts')}>
        {ordered.map((account) => (
          <ListItemButton
            key={account.id}
            onClick={() => onPick(account.id)}
            disabled={!account.isActive}
            data-testid={`account-${account.username}`}
          >
            <ListItemAvatar>
              <Avatar>{initialsOf(account.displayName)}</Avatar>
            </ListItemAvatar>
            <ListItemText
              primary={account.displayName}
              secondary={
                account.isActive ? t(`identity.role.${account.role}`) : t('identity.users.disabled')
              }
            />
          </ListItemButton>
        ))}
      </List>
    </>
  );
}
