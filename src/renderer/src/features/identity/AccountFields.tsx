import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { checkPassword } from '../../../../shared/identity';
import { roleSchema, usernameSchema } from '../../../../shared/schemas';
import type { Role } from '../../../../shared/schemas';
import { PasswordField } from './PasswordField';

/** What the account forms collect. */
export type AccountDraft = {
  displayName: string;
  username: string;
  jobTitle: string;
  email: string;
  role: Role;
  password: string;
  passwordAgain: string;
};

export const emptyAccountDraft: AccountDraft = {
  displayName: '',
  username: '',
  jobTitle: '',
  email: '',
  role: 'field-officer',
  password: '',
  passwordAgain: '',
};

/** The problems of a draft, by field, as message keys; empty when it can be saved. */
export function accountDraftProblems(
  draft: AccountDraft,
): Partial<Record<keyof AccountDraft, string>> {
  const problems: Partial<Record<keyof AccountDraft, string>> = {};
  if (draft.displayName.trim() === '') problems.displayName = 'identity.account.nameRequired';
  if (!usernameSchema.safeParse(draft.username).success)
    problems.username = 'identity.account.usernameInvalid';
  const [passwordProblem] = checkPassword(draft.password, draft.username.trim().toLowerCase());
  if (passwordProblem) problems.password = `identity.passwordProblem.${passwordProblem}`;
  if (draft.password !== draft.passwordAgain) problems.passwordAgain = 'identity.password.mismatch';
  return problems;
}

type AccountFieldsProps = {
  draft: AccountDraft;
  onChange: (draft: AccountDraft) => void;
  /** Show problems (after a first attempt to save), not while the person is still typing. */
  isShowingProblems: boolean;
  passwordLabel: string;
};

/** Name, user ID, job title, e-mail, role and password of a new account. */
export function AccountFields({
  draft,
  onChange,
  isShowingProblems,
  passwordLabel,
}: AccountFieldsProps): ReactNode {
  const { t } = useTranslation();
  const problems = isShowingProblems ? accountDraftProblems(draft) : {};
  const field = (name: keyof AccountDraft) => ({
    value: draft[name],
    error: problems[name] !== undefined,
    helperText: problems[name] ? t(problems[name]) : undefined,
  });
  return (
    <Stack spacing={2}>
      <TextField
        label={t('identity.account.displayName')}
        required
        autoFocus
        {...field('displayName')}
        onChange={(event) => onChange({ ...draft, displayName: event.target.value })}
        helperText={field('displayName').helperText ?? t('identity.account.displayNameHelp')}
      />
      <TextField
        label={t('identity.account.username')}
        required
        autoComplete="username"
        {...field('username')}
        onChange={(event) => onChange({ ...draft, username: event.target.value })}
        helperText={field('username').helperText ?? t('identity.account.usernameHelp')}
      />
      <TextField
        label={t('identity.account.jobTitle')}
        value={draft.jobTitle}
        onChange={(event) => onChange({ ...draft, jobTitle: event.target.value })}
      />
      <TextField
        label={t('identity.account.email')}
        type="email"
        value={draft.email}
        onChange={(event) => onChange({ ...draft, email: event.target.value })}
      />
      <TextField
        select
        label={t('identity.account.role')}
        value={draft.role}
        onChange={(event) => onChange({ ...draft, role: roleSchema.parse(event.target.value) })}
        helperText={t(`identity.roleDescription.${draft.role}`)}
      >
        {roleSchema.options.map((role) => (
          <MenuItem key={role} value={role}>
            {t(`identity.role.${role}`)}
          </MenuItem>
        ))}
      </TextField>
      <PasswordField
        label={passwordLabel}
        autoComplete="new-password"
        {...field('password')}
        helperText={field('password').helperText ?? t('identity.password.policy')}
        onChange={(password) => onChange({ ...draft, password })}
      />
      <PasswordField
        label={t('identity.password.again')}
        autoComplete="new-password"
        {...field('passwordAgain')}
        onChange={(passwordAgain) => onChange({ ...draft, passwordAgain })}
      />
    </Stack>
  );
}
