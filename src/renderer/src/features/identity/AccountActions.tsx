import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { roleSchema } from '../../../../shared/schemas';
import type { User } from '../../../../shared/schemas';
import { changeAuthority, createActor, getDatabase } from '../../data';
import type { AuthorityChange } from '../../data';
import { authorityRequest } from './authority-signing';
import { identityErrorMessage } from './error-messages';
import { refreshSessionUser } from './session-actions';
import { useCurrentUser } from './session-store';
import { useSignatureDialog } from './SignatureProvider';

type AccountActionsProps = {
  account: User;
  onError: (message: string | null) => void;
  onResetPassword: () => void;
};

/** Role, enable/disable and password reset of one account; each authority change is e-signed. */
export function AccountActions({
  account,
  onError,
  onResetPassword,
}: AccountActionsProps): ReactNode {
  const { t } = useTranslation();
  const admin = useCurrentUser();
  const { requestSignature } = useSignatureDialog();
  const [isBusy, setBusy] = useState(false);

  const change = async (update: AuthorityChange, statement: string): Promise<void> => {
    const after = { ...account, ...update };
    const signature = await requestSignature(authorityRequest(after, statement));
    if (!signature) return;
    setBusy(true);
    onError(null);
    try {
      refreshSessionUser(
        await changeAuthority(getDatabase(), account.id, update, createActor(admin.id), signature),
      );
    } catch (caught) {
      onError(identityErrorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const name = account.displayName;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <TextField
        select
        size="small"
        label={t('identity.account.role')}
        value={account.role}
        disabled={isBusy}
        onChange={(event) => {
          const role = roleSchema.parse(event.target.value);
          void change(
            { role },
            t('identity.users.roleStatement', { name, role: t(`identity.role.${role}`) }),
          );
        }}
        slotProps={{ htmlInput: { 'data-testid': `role-${account.username}` } }}
      >
        {roleSchema.options.map((role) => (
          <MenuItem key={role} value={role}>
            {t(`identity.role.${role}`)}
          </MenuItem>
        ))}
      </TextField>
      <Button
        size="small"
        disabled={isBusy}
        onClick={() =>
          void change(
            { isActive: !account.isActive },
            t(
              account.isActive
                ? 'identity.users.disableStatement'
                : 'identity.users.enableStatement',
              { name },
            ),
          )
        }
      >
        {account.isActive ? t('identity.users.disable') : t('identity.users.enable')}
      </Button>
      <Button size="small" disabled={isBusy} onClick={onResetPassword}>
        {t('identity.users.resetPassword')}
      </Button>
    </Stack>
  );
}
