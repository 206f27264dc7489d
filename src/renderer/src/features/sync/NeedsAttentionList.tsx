import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useSyncIssues } from '../../data';
import { formatDateTime } from '../../components/formatting';
import { TableCard } from '../../components/TableCard';
import { issueProblem, tableName } from './issue-texts';

/** Changes the server refused, conflicts and unreadable records: each waits for a person. */
export function NeedsAttentionList(): ReactNode {
  const { t, i18n } = useTranslation();
  const issues = useSyncIssues();
  return (
    <TableCard
      title={t('sync.issues.title')}
      emptyText={t('sync.issues.empty')}
      columns={[t('sync.issues.record'), t('sync.issues.problem'), t('sync.issues.since'), '']}
      rows={issues}
      renderRow={(issue) => (
        <TableRow key={issue.id} data-testid="sync-issue">
          <TableCell>
            <Chip
              size="small"
              label={t(`sync.issueKind.${issue.kind}`)}
              color={issue.kind === 'conflict' ? 'warning' : 'error'}
              sx={{ mr: 1 }}
            />
            {tableName(t, issue.table)} {issue.recordId.slice(-8)}
          </TableCell>
          <TableCell>{issueProblem(t, issue)}</TableCell>
          <TableCell>{formatDateTime(issue.createdAt, i18n.language)}</TableCell>
          <TableCell align="right">
            <Button component={RouterLink} to={`/sync/issues/${issue.id}`} size="small">
              {issue.kind === 'conflict' ? t('sync.issues.resolve') : t('sync.issues.view')}
            </Button>
          </TableCell>
        </TableRow>
      )}
    />
  );
}
