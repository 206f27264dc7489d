import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import type { ConflictField } from '../../../../shared/schemas';
import { valueText } from './value-text';

/** One field's choice: keep the server's value, keep mine, or type another. */
export type FieldChoice = { pick: 'server' | 'mine' | 'value'; text: string };

type ConflictFieldRowProps = {
  conflict: ConflictField;
  choice: FieldChoice;
  onChange: (choice: FieldChoice) => void;
};

export function ConflictFieldRow({ conflict, choice, onChange }: ConflictFieldRowProps): ReactNode {
  const { t } = useTranslation();
  const isWhole = conflict.field === '*';
  const label = isWhole ? t('sync.conflict.wholeRecord') : conflict.field;
  const absent = isWhole ? t('sync.conflict.deleted') : t('sync.conflict.absent');
  return (
    <TableRow data-testid="conflict-field">
      <TableCell sx={{ fontFamily: 'monospace' }}>{label}</TableCell>
      <TableCell sx={{ whiteSpace: 'pre-wrap' }} data-testid="conflict-server-value">
        {isWhole && conflict.serverValue !== undefined
          ? label
          : valueText(conflict.serverValue, absent)}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'pre-wrap' }} data-testid="conflict-my-value">
        {isWhole && conflict.clientValue !== undefined
          ? label
          : valueText(conflict.clientValue, absent)}
      </TableCell>
      <TableCell>
        <RadioGroup
          aria-label={label}
          value={choice.pick}
          onChange={(event) =>
            onChange({ ...choice, pick: event.target.value as FieldChoice['pick'] })
          } // as: the radio values below
        >
          <FormControlLabel
            value="server"
            control={<Radio />}
            label={t('sync.conflict.serverValue')}
          />
          <FormControlLabel value="mine" control={<Radio />} label={t('sync.conflict.myValue')} />
          {!isWhole && (
            <FormControlLabel value="value" control={<Radio />} label={t('sync.conflict.edit')} />
          )}
        </RadioGroup>
        {choice.pick === 'value' && (
          <TextField
            fullWidth
            multiline
            size="small"
            label={t('sync.conflict.editLabel', { field: label })}
            value={choice.text}
            onChange={(event) => onChange({ ...choice, text: event.target.value })}
          />
        )}
      </TableCell>
    </TableRow>
  );
}
