import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import { createId } from '../../../../shared/domain';
import { createAccount, createActor, getDatabase } from '../../data';
import { AccountFields, accountDraftProblems, emptyAccountDraft } from './AccountFields';
import { newAccountFrom } from './account-input';
import { authorityRequest } from './authority-signing';
import { identityErrorMessage } from './error-messages';
import { useCurrentUser } from './session-store';
import { useSignatureDialog } from './SignatureProvider';

/** An administrator creates an account; granting its role is e-signed. */
export function NewAccountDialog({ onClose }: { onClose: () => void }): ReactNode {
  const { t } = useTranslation();
  const admin = useCurrentUser();
  const { requestSignature } = useSignatureDialog();
  const [draft, setDraft] = useState(emptyAccountDraft);
  const [isShowingProblems, setShowingProblems] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setShowingProblems(true);
    if (Object.keys(accountDraftProblems(draft)).length > 0) return;
    const account = { ...newAccountFrom(draft), id: createId() };
    const statement = t('identity.users.grantStatement', {
      name: account.displayName,
      role: t(`identity.role.${account.role}`),
    });
    const signature = await requestSignature(
      authorityRequest(
        { id: account.id, role: account.role, isActive: true, managesDeviceAccounts: false },
        statement,
      ),
    );
    if (!signature) return;
    setBusy(true);
    setError(null);
    try {
      await createAccount(getDatabase(), account, createActor(admin.id), { signature });
      onClose();
    } catch (caught) {
      setError(identityErrorMessage(caught, t));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="new-account-title" maxWidth="sm" fullWidth>
      <form onSubmit={(event) => void create(event)} noValidate>
        <DialogTitle id="new-account-title">{t('identity.users.newAccount')}</DialogTitle>
        <DialogContent>
          <AccountFields
            draft={draft}
            onChange={setDraft}
            isShowingProblems={isShowingProblems}
            passwordLabel={t('identity.password.initial')}
          />
          {error && (
            <Alert severity="error" sx={{ mt: 2 }} role="alert">
              {error}
            </Alert>
          )}
          {isBusy && (
            <LinearProgress sx={{ mt: 2 }} aria-label={t('identity.firstRun.creatingKeys')} />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('identity.signature.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={isBusy}>
            {t('identity.users.create')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
