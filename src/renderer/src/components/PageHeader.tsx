import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

type PageHeaderProps = { title: string; actions?: ReactNode };

/** Every page starts with the same heading row: one h2 for screen readers, actions on the right. */
export function PageHeader({ title, actions }: PageHeaderProps): ReactNode {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', mb: 2, gap: 2 }}>
      <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
        {title}
      </Typography>
      {actions}
    </Box>
  );
}
