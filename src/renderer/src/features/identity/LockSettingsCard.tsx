import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { lockAfterIdleMinutesSchema } from '../../../../shared/schemas';
import { createActor, getDatabase, getSettings, saveSettings, useSettings } from '../../data';
import { useCurrentUser } from './session-store';

/** How long the app may stay idle before it locks itself (1 to 60 minutes, never off). */
export function LockSettingsCard(): ReactNode {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const settings = useSettings();
  const [minutes, setMinutes] = useState<string | null>(null);
  const [isSaved, setSaved] = useState(false);
  const shown = minutes ?? String(settings?.lockAfterIdleMinutes ?? '');
  const parsed = lockAfterIdleMinutesSchema.safeParse(Number(shown));

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!parsed.success) return;
    const db = getDatabase();
    await saveSettings(
      db,
      { ...(await getSettings(db)), lockAfterIdleMinutes: parsed.data },
      createActor(user.id),
    );
    setMinutes(null);
    setSaved(true);
  };

  return (
    <Card
      variant="outlined"
      component="form"
      onSubmit={(event: FormEvent) => void save(event)}
      noValidate
    >
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          {t('identity.security.lockTitle')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('identity.security.lockIntro')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField
            type="number"
            label={t('identity.security.idleMinutes')}
            value={shown}
            onChange={(event) => {
              setMinutes(event.target.value);
              setSaved(false);
            }}
            error={settings !== undefined && !parsed.success}
            helperText={
              settings === undefined || parsed.success
                ? undefined
                : t('identity.security.idleRange')
            }
            slotProps={{ htmlInput: { min: 1, max: 60, 'data-testid': 'idle-minutes' } }}
          />
          <Button type="submit" variant="contained" disabled={!parsed.success} sx={{ mt: 1 }}>
            {t('identity.security.save')}
          </Button>
        </Stack>
        {isSaved && (
          <Alert severity="success" sx={{ mt: 2 }} role="status">
            {t('identity.security.lockSaved', { count: settings?.lockAfterIdleMinutes ?? 0 })}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
