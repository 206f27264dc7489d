import { useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Autocomplete from '@mui/material/Autocomplete';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { MeddraCoding } from '../../../../shared/schemas';
import { EditorContext } from './fields';
import { useMeddraCoder } from './use-meddra-coder';

type Props = {
  verbatim: string;
  coding: MeddraCoding | null;
  onChange: (coding: MeddraCoding | null) => void;
  testId: string;
};

function CodingText({ coding }: { coding: MeddraCoding }): ReactNode {
  const { t } = useTranslation();
  return (
    <Typography variant="body2" color="text.secondary" data-testid="meddra-coding">
      {t('safetyWorkflow.meddra.coded', { ...coding })}
    </Typography>
  );
}

/**
 * Codes a verbatim term in MedDRA: the officer picks a current LLT among the candidates for the
 * verbatim term (or for what they type); the coding keeps LLT, PT and the release's version.
 * Without a release on the device the term stays verbatim (PRODUCT.md).
 */
export function MeddraPicker({ verbatim, coding, onChange, testId }: Props): ReactNode {
  const { t } = useTranslation();
  const { isReadOnly } = useContext(EditorContext);
  const state = useMeddraCoder();
  const [typed, setTyped] = useState('');
  const query = typed.trim() === '' ? verbatim : typed;
  const options = useMemo(
    () =>
      state.status === 'ready' ? state.coder.search(query, 8).map((match) => match.coding) : [],
    [state, query],
  );
  if (state.status !== 'ready' || isReadOnly) {
    return coding !== null ? (
      <CodingText coding={coding} />
    ) : (
      <Typography variant="body2" color="text.secondary" data-testid="meddra-coding">
        {t(
          state.status === 'loading'
            ? 'safetyWorkflow.meddra.loading'
            : 'safetyWorkflow.meddra.noRelease',
        )}
      </Typography>
    );
  }
  return (
    <Stack spacing={0.5}>
      <Autocomplete
        size="small"
        options={options}
        value={coding}
        filterOptions={(items) => items}
        isOptionEqualToValue={(option, value) => option.lltCode === value.lltCode}
        getOptionLabel={(option) => `${option.lltName} (${option.lltCode})`}
        renderOption={({ key, ...props }, option) => (
          <li key={key} {...props}>
            {option.lltName} → {option.ptName}
          </li>
        )}
        noOptionsText={t('safetyWorkflow.meddra.noMatch')}
        onInputChange={(_event, value, reason) => setTyped(reason === 'input' ? value : '')}
        onChange={(_event, value) => onChange(value)}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('safetyWorkflow.meddra.fieldLabel')}
            slotProps={{
              ...params.slotProps,
              htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId },
            }}
          />
        )}
      />
      {coding !== null && <CodingText coding={coding} />}
      {coding !== null && coding.version !== state.info.version && (
        <Typography variant="caption" color="warning.main">
          {t('safetyWorkflow.meddra.otherVersion', {
            version: coding.version,
            current: state.info.version,
          })}
        </Typography>
      )}
    </Stack>
  );
}
