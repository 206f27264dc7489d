import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ZodError } from 'zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { SyncIssue } from '../../../../shared/schemas';
import {
  dismissSyncIssue,
  getDatabase,
  resolveConflict,
  useSyncIssue,
  type ConflictChoice,
} from '../../data';
import { currentActor } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import type { FieldChoice } from './ConflictFieldRow';
import { ConflictFieldRow } from './ConflictFieldRow';
import { issueProblem, tableName } from './issue-texts';
import { isTextField, parseEditedValue, valueText } from './value-text';

/** One entry of the needs-attention list: resolve a conflict, or look at and discard a refusal. */
export function SyncIssuePage(): ReactNode {
  const { t } = useTranslation();
  const { issueId = '' } = useParams();
  const issue = useSyncIssue(issueId);
  const back = (
    <Button component={RouterLink} to="/sync">
      {t('sync.conflict.back')}
    </Button>
  );
  if (issue === undefined) return null;
  if (issue === null) {
    return (
      <>
        <PageHeader title={t('sync.title')} actions={back} />
        <Alert severity="info">{t('sync.conflict.gone')}</Alert>
      </>
    );
  }
  return issue.kind === 'conflict' ? (
    <ConflictResolution issue={issue} back={back} />
  ) : (
    <RefusedChange issue={issue} back={back} />
  );
}

function ConflictResolution({
  issue,
  back,
}: {
  issue: Extract<SyncIssue, { kind: 'conflict' }>;
  back: ReactNode;
}): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [choices, setChoices] = useState<Record<string, FieldChoice>>(() =>
    Object.fromEntries(
      issue.conflicts.map((conflict) => [
        conflict.field,
        { pick: 'mine', text: valueText(conflict.clientValue, '') },
      ]),
    ),
  );
  const [error, setError] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    setError(null);
    try {
      const chosen: Record<string, ConflictChoice> = {};
      for (const conflict of issue.conflicts) {
        const choice = choices[conflict.field] ?? { pick: 'mine', text: '' };
        const isText = isTextField(conflict.serverValue, conflict.clientValue);
        chosen[conflict.field] =
          choice.pick === 'value'
            ? { pick: 'value', value: parseEditedValue(choice.text, isText) }
            : { pick: choice.pick };
      }
      await resolveConflict(getDatabase(), issue.id, chosen, currentActor());
      await navigate('/sync');
    } catch (caught) {
      if (caught instanceof SyntaxError) setError(t('sync.conflict.notJson'));
      else if (caught instanceof ZodError) {
        setError(t('sync.conflict.invalid', { message: caught.issues[0]?.message ?? '' }));
      } else setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <>
      <PageHeader title={t('sync.conflict.title')} actions={back} />
      <Stack spacing={2}>
        <Typography>
          {tableName(t, issue.table)} {issue.recordId}
        </Typography>
        <Alert severity="info">{t('sync.conflict.intro')}</Alert>
        <Card variant="outlined">
          <CardContent>
            <Table size="small" aria-label={t('sync.conflict.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('sync.conflict.field')}</TableCell>
                  <TableCell>{t('sync.conflict.serverValue')}</TableCell>
                  <TableCell>{t('sync.conflict.myValue')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {issue.conflicts.map((conflict) => (
                  <ConflictFieldRow
                    key={conflict.conflictId}
                    conflict={conflict}
                    choice={choices[conflict.field] ?? { pick: 'mine', text: '' }}
                    onChange={(choice) =>
                      setChoices((previous) => ({ ...previous, [conflict.field]: choice }))
                    }
                  />
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
        {error && <Alert severity="error">{error}</Alert>}
        <Button variant="contained" onClick={() => void save()} sx={{ alignSelf: 'start' }}>
          {t('sync.conflict.save')}
        </Button>
      </Stack>
    </>
  );
}

function RefusedChange({
  issue,
  back,
}: {
  issue: Exclude<SyncIssue, { kind: 'conflict' }>;
  back: ReactNode;
}): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const discard = async (): Promise<void> => {
    await dismissSyncIssue(getDatabase(), issue.id, currentActor());
    await navigate('/sync');
  };
  return (
    <>
      <PageHeader title={t('sync.conflict.rejectedTitle')} actions={back} />
      <Stack spacing={2}>
        <Typography>
          {tableName(t, issue.table)} {issue.recordId}
        </Typography>
        <Alert severity={issue.kind === 'rejected' ? 'error' : 'warning'}>
          {issueProblem(t, issue)}
        </Alert>
        {issue.kind === 'rejected' && (
          <Card variant="outlined">
            <CardContent>
              <Typography variant="subtitle2">{t('sync.conflict.sentValue')}</Typography>
              <Typography component="pre" sx={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>
                {JSON.stringify(issue.mutation.payload, null, 2)}
              </Typography>
            </CardContent>
          </Card>
        )}
        <Button
          variant="outlined"
          color="error"
          onClick={() => void discard()}
          sx={{ alignSelf: 'start' }}
        >
          {t('sync.issues.discard')}
        </Button>
      </Stack>
    </>
  );
}
