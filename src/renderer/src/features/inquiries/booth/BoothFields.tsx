import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller } from 'react-hook-form';
import type { Control, FieldPath } from 'react-hook-form';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { BoothFormValues } from './booth-form';

/*
 * Form controls of the booth, wired to react-hook-form: big, touch-friendly, each with its
 * error message (a catalog key from the schema) right under it.
 */

/** Padding on the frame, not the textarea, so scrolled text never runs under the label. */
const multilineStyle = {
  '& .MuiInputBase-root': { py: '16.5px' },
  '& textarea.MuiInputBase-input': { height: 'auto', resize: 'vertical', py: 0 },
} as const;

type FieldProps = {
  control: Control<BoothFormValues>;
  name: FieldPath<BoothFormValues>;
  label: string;
  isLocked?: boolean;
};

export function BoothTextField({
  control,
  name,
  label,
  isLocked = false,
  multiline = false,
  type = 'text',
  autoFocus = false,
}: FieldProps & { multiline?: boolean; type?: string; autoFocus?: boolean }): ReactNode {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          label={label}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          name={field.name}
          type={type}
          autoFocus={autoFocus}
          fullWidth
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ? t(fieldState.error.message) : undefined}
          // A plain textarea, not MUI's auto-height one: measuring 100 KB of text on every key
          // stalls typing.
          slotProps={{
            input: multiline ? { inputComponent: 'textarea' } : undefined,
            htmlInput: {
              readOnly: isLocked,
              'aria-readonly': isLocked,
              rows: multiline ? 4 : undefined,
            },
          }}
          sx={multiline ? multilineStyle : undefined}
        />
      )}
    />
  );
}

export function BoothChoice({
  control,
  name,
  label,
  options,
  isLocked = false,
}: FieldProps & { options: readonly { value: string; label: string }[] }): ReactNode {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl component="fieldset" error={fieldState.error !== undefined} fullWidth>
          <FormLabel component="legend" id={`${field.name}-label`} sx={{ mb: 0.5 }}>
            {label}
          </FormLabel>
          <ToggleButtonGroup
            exclusive
            color="primary"
            value={field.value}
            aria-labelledby={`${field.name}-label`}
            disabled={isLocked}
            onChange={(_event, value: unknown) => {
              if (typeof value === 'string') field.onChange(value);
            }}
            sx={{ flexWrap: 'wrap', gap: 0.5 }}
          >
            {options.map((option, index) => (
              <ToggleButton
                key={option.value}
                value={option.value}
                ref={index === 0 ? field.ref : undefined}
                sx={{ minHeight: 48, px: 2, textTransform: 'none', fontSize: '1rem' }}
              >
                {option.label}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          {fieldState.error?.message && (
            <FormHelperText>{t(fieldState.error.message)}</FormHelperText>
          )}
        </FormControl>
      )}
    />
  );
}

export function BoothCheckbox({ control, name, label, isLocked = false }: FieldProps): ReactNode {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl error={fieldState.error !== undefined}>
          <FormControlLabel
            label={label}
            disabled={isLocked}
            control={
              <Checkbox
                checked={field.value === true}
                onChange={(event) => field.onChange(event.target.checked)}
                onBlur={field.onBlur}
                slotProps={{ input: { ref: field.ref } }}
                sx={{ '& .MuiSvgIcon-root': { fontSize: 32 } }}
              />
            }
          />
          {fieldState.error?.message && (
            <FormHelperText>{t(fieldState.error.message)}</FormHelperText>
          )}
        </FormControl>
      )}
    />
  );
}
