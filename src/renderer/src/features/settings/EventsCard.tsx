import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { CongressEvent, Settings } from '../../../../shared/schemas';
import { getDatabase, getDraft, saveSettings, useEvents } from '../../data';
import { currentActor } from '../../app/session';
import { formatDate } from '../../components/formatting';
import { EventEditor } from './EventEditor';
import { eventFormValues } from './event-form';
import type { EventFormValues } from './event-form';

type Editing = { event: CongressEvent | null; values: EventFormValues; draftId: string };

/**
 * Congress events and the one booth mode uses. An edit in progress is kept as a draft and
 * reopened where it was left.
 */
export function EventsCard({ settings }: { settings: Settings }): ReactNode {
  const { t, i18n } = useTranslation();
  const events = useEvents();
  const [editing, setEditing] = useState<Editing | null>(null);
  const open = async (event: CongressEvent | null): Promise<void> => {
    const draftId = `event:${event?.id ?? 'new'}`;
    const draft = await getDraft(getDatabase(), draftId);
    const kept = draft?.personal;
    const values = eventFormValues(event);
    setEditing({
      event,
      draftId,
      values:
        typeof kept === 'object' && kept !== null && !Array.isArray(kept)
          ? { ...values, ...(kept as Partial<EventFormValues>) }
          : values, // a draft this editor wrote
    });
  };
  const setCurrent = (id: string): void => {
    void saveSettings(
      getDatabase(),
      { ...settings, currentEventId: id === '' ? null : id },
      currentActor(),
    );
  };
  const dates = (event: CongressEvent): string =>
    `${formatDate(event.startDate, i18n.language)} – ${formatDate(event.endDate, i18n.language)}`;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h3">
            {t('congressEvents.title')}
          </Typography>
          <TextField
            select
            label={t('congressEvents.current')}
            value={settings.currentEventId ?? ''}
            onChange={(change) => setCurrent(change.target.value)}
            slotProps={{
              select: { displayEmpty: true },
              inputLabel: { shrink: true },
              htmlInput: { 'data-testid': 'current-event-select' },
            }}
          >
            <MenuItem value="">{t('congressEvents.none')}</MenuItem>
            {(events ?? []).map((event) => (
              <MenuItem key={event.id} value={event.id}>
                {event.name}
              </MenuItem>
            ))}
          </TextField>
          <List dense>
            {(events ?? []).map((event) => (
              <ListItem
                key={event.id}
                disableGutters
                secondaryAction={
                  <Button onClick={() => void open(event)}>{t('congressEvents.edit')}</Button>
                }
              >
                <ListItemText
                  primary={event.name}
                  secondary={`${event.city} (${event.country}) · ${dates(event)}`}
                />
              </ListItem>
            ))}
          </List>
          {editing ? (
            <EventEditor
              key={editing.draftId}
              event={editing.event}
              initialValues={editing.values}
              draftId={editing.draftId}
              onDone={() => setEditing(null)}
            />
          ) : (
            <Button
              variant="outlined"
              onClick={() => void open(null)}
              sx={{ alignSelf: 'flex-start' }}
            >
              {t('congressEvents.add')}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
