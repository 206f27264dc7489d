import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { inquiriesLink, type FigureTable, type InsightsFilters } from '../../../../shared/insights';

type FigureTableViewProps = { table: FigureTable; filters: InsightsFilters };

/** A figure as a table, each row one click away from the inquiries behind it. */
export function FigureTableView({ table, filters }: FigureTableViewProps): ReactNode {
  const { t } = useTranslation();
  const hasLinks = table.rows.some((row) => row.count > 0);
  return (
    <TableContainer sx={{ maxHeight: 360 }}>
      <Table size="small" stickyHeader aria-label={table.title} data-testid={`table-${table.id}`}>
        <TableHead>
          <TableRow>
            {table.columns.map((column) => (
              <TableCell key={column.key} align={column.isNumeric ? 'right' : 'left'}>
                {column.label}
              </TableCell>
            ))}
            {hasLinks && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows.map((row, index) => (
            <TableRow key={index} data-testid="figure-row">
              {table.columns.map((column) => (
                <TableCell key={column.key} align={column.isNumeric ? 'right' : 'left'}>
                  {row.cells[column.key] ?? '—'}
                </TableCell>
              ))}
              {hasLinks && (
                <TableCell align="right">
                  {row.count > 0 && (
                    <Button
                      size="small"
                      component={RouterLink}
                      to={inquiriesLink(row.inquiryIds, row.count, filters)}
                    >
                      {t('insights.view.showInquiries', { count: row.count })}
                    </Button>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
