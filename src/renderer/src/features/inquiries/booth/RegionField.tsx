import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { BoothFormValues } from './booth-form';
import { countryCodes, countryName, languageCodes, languageName } from '../common/regions';

type RegionFieldProps = {
  control: Control<BoothFormValues>;
  kind: 'country' | 'preferredLanguage';
  label: string;
  isLocked: boolean;
  /** Called with the new code after the user picks one. */
  onPicked?: (code: string) => void;
};

/**
 * A country or language picker that finds by name or code as you type, in the user's language;
 * Enter takes the highlighted match, so the keyboard never needs the mouse.
 */
export function RegionField({
  control,
  kind,
  label,
  isLocked,
  onPicked,
}: RegionFieldProps): ReactNode {
  const { t, i18n } = useTranslation();
  const codes = kind === 'country' ? countryCodes : languageCodes;
  const nameOf = kind === 'country' ? countryName : languageName;
  const names = useMemo(
    () => new Map(codes.map((code) => [code, nameOf(code, i18n.language)])),
    [codes, nameOf, i18n.language],
  );
  const options = useMemo(
    () =>
      [...codes].sort((left, right) =>
        (names.get(left) ?? left).localeCompare(names.get(right) ?? right),
      ),
    [codes, names],
  );
  return (
    <Controller
      control={control}
      name={kind}
      render={({ field, fieldState }) => (
        <Autocomplete
          options={options}
          value={field.value === '' ? null : field.value}
          getOptionLabel={(code) => `${names.get(code) ?? code} (${code})`}
          autoHighlight
          disabled={isLocked}
          onChange={(_event, code) => {
            field.onChange(code ?? '');
            if (code) onPicked?.(code);
          }}
          onBlur={field.onBlur}
          renderInput={(params) => (
            <TextField
              {...params}
              label={label}
              name={field.name}
              inputRef={field.ref}
              error={fieldState.error !== undefined}
              helperText={fieldState.error?.message ? t(fieldState.error.message) : undefined}
            />
          )}
        />
      )}
    />
  );
}
