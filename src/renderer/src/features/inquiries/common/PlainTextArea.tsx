import type { ReactNode } from 'react';
import TextField from '@mui/material/TextField';

type PlainTextAreaProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows: number;
  testId?: string;
};

/** Padding on the frame, not the textarea, so scrolled text never runs under the label. */
const style = {
  '& .MuiInputBase-root': { py: '16.5px' },
  '& textarea.MuiInputBase-input': { height: 'auto', resize: 'vertical', py: 0 },
} as const;

/**
 * A labelled plain textarea. MUI's auto-height textarea measures the whole text on every key,
 * which stalls typing once someone pastes 100 KB; this one scrolls and can be resized.
 */
export function PlainTextArea({
  label,
  value,
  onChange,
  rows,
  testId,
}: PlainTextAreaProps): ReactNode {
  return (
    <TextField
      fullWidth
      label={label}
      value={value}
      onChange={(change) => onChange(change.target.value)}
      sx={style}
      slotProps={{
        input: { inputComponent: 'textarea' },
        htmlInput: { rows, 'data-testid': testId },
      }}
    />
  );
}
