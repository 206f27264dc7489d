import type { ReactNode } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

type TableCardProps<Row> = {
  title: string;
  /** Shown instead of the table when there are no rows. */
  emptyText: string;
  /** One label per column ('' for a column without a heading). */
  columns: readonly string[];
  /** undefined while loading: neither the table nor the empty text is shown yet. */
  rows: readonly Row[] | undefined;
  renderRow: (row: Row) => ReactNode;
};

/** A titled card holding a small table, or a sentence saying there is nothing to list. */
export function TableCard<Row>(props: TableCardProps<Row>): ReactNode {
  const { title, emptyText, columns, rows, renderRow } = props;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          {title}
        </Typography>
        {rows?.length === 0 && <Typography>{emptyText}</Typography>}
        {rows !== undefined && rows.length > 0 && (
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                {columns.map((column, index) => (
                  <TableCell key={index}>{column}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>{rows.map(renderRow)}</TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
