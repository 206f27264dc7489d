import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { inquiriesLink, type InsightsFilters, type KeyFigure } from '../../../../shared/insights';

type KeyFiguresProps = { figures: readonly KeyFigure[]; filters: InsightsFilters };

/** The headline numbers; those with inquiries behind them link to the list. */
export function KeyFigures({ figures, filters }: KeyFiguresProps): ReactNode {
  return (
    <Box
      component="ul"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
        gap: 1.5,
        p: 0,
        m: 0,
        mb: 3,
        listStyle: 'none',
      }}
    >
      {figures.map((figure) => (
        <Paper
          component="li"
          key={figure.id}
          variant="outlined"
          sx={{ p: 1.5 }}
          data-testid={`kpi-${figure.id}`}
        >
          <Typography
            variant="h6"
            component="p"
            color={figure.isAlert ? 'error' : 'text.primary'}
            data-testid="kpi-value"
          >
            {figure.count > 0 ? (
              <Link
                component={RouterLink}
                to={inquiriesLink(figure.inquiryIds, figure.count, filters)}
                underline="hover"
                color="inherit"
              >
                {figure.value}
              </Link>
            ) : (
              figure.value
            )}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {figure.label}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
