import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useSyncIssues } from '../../data';
import { formatDateTime } from '../../components/formatting';
import { issueProblem, tableName } from './issue-texts';

/** Changes the server refused, conflicts and unreadable records: each waits for a person. */
export function NeedsAttentionList(): ReactNode {
  const { t, i18n } = useTranslation();
  const issues = useSyncIssues();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          {t('sync.issues.title')}
        </Typography>
        {issues?.length === 0 && <Typography>{t('sync.issues.empty')}</Typography>}
        {issues !== undefined && issues.length > 0 && (
          <Table size="small" aria-label={t('sync.issues.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('sync.issues.record')}</TableCell>
                <TableCell>{t('sync.issues.problem')}</TableCell>
                <TableCell>{t('sync.issues.since')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {issues.map((issue) => (
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
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
