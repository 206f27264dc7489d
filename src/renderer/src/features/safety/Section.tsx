import type { ReactNode } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';

/** A titled card around one part of the report form. */
export function Section({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}): ReactNode {
  return (
    <Card variant="outlined" component="section" aria-label={title}>
      <CardContent>
        <Typography
          variant="subtitle1"
          component="h3"
          gutterBottom
          sx={{ display: 'flex', alignItems: 'center' }}
        >
          <span style={{ flexGrow: 1 }}>{title}</span>
          {actions}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
