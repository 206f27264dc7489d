import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { User } from '../../../../shared/schemas';
import { useSignInAccounts } from '../../data';
import { formatDateTime } from '../../components/formatting';
import { PageHeader } from '../../components/PageHeader';
import { AccountActions } from './AccountActions';
import { NewAccountDialog } from './NewAccountDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { useCan } from './session-store';

/** Users and roles of this laptop, for those who manage its accounts. */
export function UsersPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const canManage = useCan('canManageUsers');
  const accounts = useSignInAccounts();
  const [isCreating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!canManage) {
    return (
      <>
        <PageHeader title={t('identity.users.title')} />
        <Alert severity="info">{t('identity.users.notPermitted')}</Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t('identity.users.title')}
        actions={
          <Button variant="contained" onClick={() => setCreating(true)}>
            {t('identity.users.newAccount')}
          </Button>
        }
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} role="alert">
          {error}
        </Alert>
      )}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('identity.users.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('identity.account.displayName')}</TableCell>
              <TableCell>{t('identity.account.username')}</TableCell>
              <TableCell>{t('identity.users.status')}</TableCell>
              <TableCell>{t('identity.users.passwordChanged')}</TableCell>
              <TableCell>{t('identity.users.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {accounts?.map((account) => (
              <TableRow key={account.id} data-testid="account-row">
                <TableCell>{account.displayName}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{account.username}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={account.isActive ? 'success' : 'default'}
                    label={
                      account.isActive ? t('identity.users.active') : t('identity.users.disabled')
                    }
                  />
                  {account.managesDeviceAccounts && (
                    <Chip size="small" sx={{ ml: 1 }} label={t('identity.users.managesAccounts')} />
                  )}
                </TableCell>
                <TableCell>
                  {account.passwordChangedAt
                    ? formatDateTime(account.passwordChangedAt, i18n.language)
                    : '—'}
                </TableCell>
                <TableCell>
                  <AccountActions
                    account={account}
                    onError={setError}
                    onResetPassword={() => setResetting(account)}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {isCreating && <NewAccountDialog onClose={() => setCreating(false)} />}
      {resetting && <ResetPasswordDialog account={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
