import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { settingsSchema, urgencySchema } from '../../../../shared/schemas';
import type { Settings, Urgency } from '../../../../shared/schemas';
import { getDatabase, saveSettings } from '../../data';
import { currentActor } from '../../app/session';

/**
 * The due-date table (business days per urgency, on the requester country's calendar) and the
 * duplicate-warning window. Saving is audited: these decide when an inquiry is overdue.
 */
export function ServiceLevelsCard({ settings }: { settings: Settings }): ReactNode {
  const { t } = useTranslation();
  const [days, setDays] = useState<Record<Urgency, string>>(() => ({
    urgent: String(settings.dueDateBusinessDays.urgent),
    high: String(settings.dueDateBusinessDays.high),
    normal: String(settings.dueDateBusinessDays.normal),
    low: String(settings.dueDateBusinessDays.low),
  }));
  const [windowDays, setWindowDays] = useState(String(settings.duplicateWindowDays));
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const candidate = {
    ...settings,
    dueDateBusinessDays: {
      urgent: Number(days.urgent),
      high: Number(days.high),
      normal: Number(days.normal),
      low: Number(days.low),
    },
    duplicateWindowDays: Number(windowDays),
  };
  const issues = settingsSchema.safeParse(candidate).error?.issues ?? [];
  const invalidFields = new Set(issues.map((issue) => issue.path.join('.')));
  const save = async (): Promise<void> => {
    try {
      await saveSettings(getDatabase(), candidate, currentActor());
      setMessage({ isError: false, text: t('serviceLevels.saved') });
    } catch (error) {
      setMessage({ isError: true, text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h3">
            {t('serviceLevels.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('serviceLevels.hint')}
          </Typography>
          <Grid container spacing={2}>
            {urgencySchema.options.map((urgency) => (
              <Grid key={urgency} size={{ xs: 6, md: 3 }}>
                <TextField
                  type="number"
                  label={t(`urgency.${urgency}`)}
                  value={days[urgency]}
                  onChange={(change) => setDays({ ...days, [urgency]: change.target.value })}
                  error={invalidFields.has(`dueDateBusinessDays.${urgency}`)}
                  helperText={
                    invalidFields.has(`dueDateBusinessDays.${urgency}`)
                      ? t('serviceLevels.daysRange')
                      : undefined
                  }
                  slotProps={{ htmlInput: { min: 0, max: 60 } }}
                />
              </Grid>
            ))}
          </Grid>
          <TextField
            type="number"
            label={t('serviceLevels.duplicateWindow')}
            value={windowDays}
            onChange={(change) => setWindowDays(change.target.value)}
            error={invalidFields.has('duplicateWindowDays')}
            helperText={
              invalidFields.has('duplicateWindowDays') ? t('serviceLevels.windowRange') : undefined
            }
            slotProps={{ htmlInput: { min: 1, max: 365 } }}
          />
          {message && (
            <Alert severity={message.isError ? 'error' : 'success'}>{message.text}</Alert>
          )}
          <Button
            variant="outlined"
            disabled={issues.length > 0}
            onClick={() => void save()}
            sx={{ alignSelf: 'flex-start' }}
          >
            {t('serviceLevels.save')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
