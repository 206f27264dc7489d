import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';

type EventReportPanelProps = {
  events: readonly { id: string; name: string }[];
  /** Null when the user's role may not export. */
  onGenerate: ((eventId: string) => Promise<void>) | null;
};

/** Picks a congress and saves its post-congress debrief as PDF. */
export function EventReportPanel({ events, onGenerate }: EventReportPanelProps): ReactNode {
  const { t } = useTranslation();
  const [eventId, setEventId] = useState<string>(events[0]?.id ?? '');
  const [isBusy, setBusy] = useState(false);
  const chosen = events.some((event) => event.id === eventId) ? eventId : (events[0]?.id ?? '');
  if (events.length === 0) {
    return <Typography color="text.secondary">{t('insights.eventReport.none')}</Typography>;
  }
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}
    >
      <TextField
        select
        size="small"
        label={t('insights.eventReport.choose')}
        value={chosen}
        onChange={(event) => setEventId(event.target.value)}
        sx={{ minWidth: 280 }}
        slotProps={{ htmlInput: { 'data-testid': 'event-report-event' } }}
      >
        {events.map((event) => (
          <MenuItem key={event.id} value={event.id}>
            {event.name}
          </MenuItem>
        ))}
      </TextField>
      <Box>
        <Button
          variant="contained"
          disabled={onGenerate === null || isBusy}
          onClick={() => {
            if (onGenerate === null) return;
            setBusy(true);
            void onGenerate(chosen).finally(() => setBusy(false));
          }}
        >
          {t('insights.eventReport.generate')}
        </Button>
      </Box>
    </Paper>
  );
}
