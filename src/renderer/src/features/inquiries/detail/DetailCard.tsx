import type { ReactNode } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';

/** One titled card of the inquiry detail page. */
export function DetailCard({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}): ReactNode {
  return (
    <Card variant="outlined" component="section" data-testid={testId}>
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** Runs an action and reports its failure as text (the store's error message). */
export async function attempt(
  action: () => Promise<unknown>,
  onError: (message: string | null) => void,
): Promise<boolean> {
  try {
    await action();
    onError(null);
    return true;
  } catch (error) {
    onError(error instanceof Error ? error.message : String(error));
    return false;
  }
}
