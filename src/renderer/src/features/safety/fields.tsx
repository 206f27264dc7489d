import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

/**
 * Form fields of the safety editor. Errors come from the zod issues of the last save, keyed by
 * their dotted path (`personal.patient.weightKg`); each message is an i18n key, so it shows in
 * the officer's language under the field it belongs to.
 */

export type EditorState = { errors: ReadonlyMap<string, string>; isReadOnly: boolean };

export const EditorContext = createContext<EditorState>({ errors: new Map(), isReadOnly: false });

function useFieldState(path: string): { error: string | undefined; isReadOnly: boolean } {
  const { t } = useTranslation();
  const { errors, isReadOnly } = useContext(EditorContext);
  const message = errors.get(path);
  return { error: message === undefined ? undefined : t(message), isReadOnly };
}

type BaseProps = { label: string; path: string; testId?: string };

/** Text that may be empty: '' in the field is null in the report. */
export function TextInput(
  props: BaseProps & {
    value: string | null;
    onChange: (value: string | null) => void;
    multiline?: boolean;
    type?: string;
  },
): ReactNode {
  const { error, isReadOnly } = useFieldState(props.path);
  return (
    <TextField
      label={props.label}
      value={props.value ?? ''}
      onChange={(event) => props.onChange(event.target.value === '' ? null : event.target.value)}
      error={error !== undefined}
      helperText={error}
      disabled={isReadOnly}
      multiline={props.multiline}
      minRows={props.multiline ? 3 : undefined}
      type={props.type}
      size="small"
      fullWidth
      slotProps={{ htmlInput: { 'data-testid': props.testId ?? props.path } }}
    />
  );
}

/** A number that may be empty. */
export function NumberInput(
  props: BaseProps & { value: number | null; onChange: (value: number | null) => void },
): ReactNode {
  const { error, isReadOnly } = useFieldState(props.path);
  return (
    <TextField
      label={props.label}
      type="number"
      value={props.value ?? ''}
      onChange={(event) => {
        const number = event.target.value === '' ? null : Number(event.target.value);
        props.onChange(number === null || Number.isNaN(number) ? null : number);
      }}
      error={error !== undefined}
      helperText={error}
      disabled={isReadOnly}
      size="small"
      fullWidth
      slotProps={{ htmlInput: { 'data-testid': props.testId ?? props.path, step: 'any' } }}
    />
  );
}

/** A choice among fixed options; `allowNone` adds an empty choice for "not known". */
export function SelectInput<T extends string>(
  props: BaseProps & {
    value: T | null;
    options: readonly T[];
    labelOf: (option: T) => string;
    onChange: (value: T | null) => void;
    allowNone?: boolean;
  },
): ReactNode {
  const { t } = useTranslation();
  const { error, isReadOnly } = useFieldState(props.path);
  return (
    <TextField
      select
      label={props.label}
      value={props.value ?? ''}
      onChange={(event) => {
        const chosen = props.options.find((option) => option === event.target.value);
        props.onChange(chosen ?? null);
      }}
      error={error !== undefined}
      helperText={error}
      disabled={isReadOnly}
      size="small"
      fullWidth
      slotProps={{ htmlInput: { 'data-testid': props.testId ?? props.path } }}
    >
      {props.allowNone && <MenuItem value="">{t('safetyReports.options.none')}</MenuItem>}
      {props.options.map((option) => (
        <MenuItem key={option} value={option}>
          {props.labelOf(option)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A tick box. */
export function CheckInput(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}): ReactNode {
  const { isReadOnly } = useContext(EditorContext);
  return (
    <FormControlLabel
      control={
        <Checkbox
          checked={props.checked}
          onChange={(event) => props.onChange(event.target.checked)}
          disabled={isReadOnly}
          // Typed input slot props omit data-* attributes; the DOM accepts them.
          slotProps={{ input: { 'data-testid': props.testId } as object }}
        />
      }
      label={props.label}
    />
  );
}
