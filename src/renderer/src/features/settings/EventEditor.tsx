import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { Control, FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { CongressEvent } from '../../../../shared/schemas';
import {
  discardDraft,
  getDatabase,
  newRecordFields,
  saveEvent,
  useAutosave,
  useUsers,
} from '../../data';
import { currentActor } from '../../app/session';
import { eventFormSchema, eventOfFields } from './event-form';
import type { EventFormFields, EventFormValues } from './event-form';

type EventEditorProps = {
  event: CongressEvent | null;
  initialValues: EventFormValues;
  draftId: string;
  onDone: (saved: CongressEvent | null) => void;
};

function EventField(props: {
  control: Control<EventFormValues>;
  name: FieldPath<EventFormValues>;
  label: string;
  type?: string;
}): ReactNode {
  const { t } = useTranslation();
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <TextField
          label={props.label}
          type={props.type ?? 'text'}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={(change) =>
            field.onChange(
              props.name === 'country' ? change.target.value.toUpperCase() : change.target.value,
            )
          }
          onBlur={field.onBlur}
          inputRef={field.ref}
          fullWidth
          slotProps={props.type === 'date' ? { inputLabel: { shrink: true } } : undefined}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ? t(fieldState.error.message) : undefined}
        />
      )}
    />
  );
}

/** Creates or edits a congress event; what is typed is kept as a draft until saved. */
export function EventEditor({
  event,
  initialValues,
  draftId,
  onDone,
}: EventEditorProps): ReactNode {
  const { t } = useTranslation();
  const users = useUsers();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<EventFormValues, unknown, EventFormFields>({
    resolver: zodResolver(eventFormSchema),
    defaultValues: initialValues,
  });
  const values = useWatch({ control: form.control });
  useAutosave({ draftId, kind: 'event', targetId: event?.id ?? null, values, isEnabled: true });
  const save = form.handleSubmit(async (fields) => {
    const actor = currentActor();
    try {
      const record = { ...(event ?? newRecordFields(actor)), ...eventOfFields(fields) };
      const saved = await saveEvent(getDatabase(), record, actor);
      await discardDraft(getDatabase(), draftId);
      onDone(saved);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  });
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(submit) => void save(submit)}
      data-testid="event-form"
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <EventField control={form.control} name="name" label={t('congressEvents.name')} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <EventField
            control={form.control}
            name="boothLabel"
            label={t('congressEvents.boothLabel')}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <EventField control={form.control} name="city" label={t('congressEvents.city')} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <EventField control={form.control} name="country" label={t('congressEvents.country')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <EventField
            control={form.control}
            name="startDate"
            type="date"
            label={t('congressEvents.startDate')}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <EventField
            control={form.control}
            name="endDate"
            type="date"
            label={t('congressEvents.endDate')}
          />
        </Grid>
        <Grid size={12}>
          <Controller
            control={form.control}
            name="boothStaffUserIds"
            render={({ field }) => (
              <TextField
                select
                fullWidth
                label={t('congressEvents.boothStaff')}
                value={field.value}
                onChange={(change) => field.onChange(change.target.value)}
                slotProps={{ select: { multiple: true } }}
              >
                {(users ?? []).map((user) => (
                  <MenuItem key={user.id} value={user.id}>
                    {user.displayName}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
        </Grid>
      </Grid>
      {error && <Alert severity="error">{error}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained">
          {t('congressEvents.save')}
        </Button>
        <Button onClick={() => void discardDraft(getDatabase(), draftId).then(() => onDone(null))}>
          {t('congressEvents.cancel')}
        </Button>
      </Stack>
    </Stack>
  );
}
