import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { supportedLanguages } from '../../../../shared/i18n';
import { audienceSchema } from '../../../../shared/schemas';
import { useLibraryTopics, useProducts } from '../../data';
import type { LibraryFilterState, StatusChoice } from './library-filters';

type LibraryFiltersProps = {
  value: LibraryFilterState;
  onChange: (value: LibraryFilterState) => void;
  statusChoices: readonly StatusChoice[];
};

type SelectProps = {
  label: string;
  value: string;
  testId: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
};

function FilterSelect({ label, value, testId, options, onChange }: SelectProps): ReactNode {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      sx={{ minWidth: 160 }}
      slotProps={{ htmlInput: { 'data-testid': testId } }}
    >
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Product, topic, audience, language and status filters of the library search. */
export function LibraryFilters({ value, onChange, statusChoices }: LibraryFiltersProps): ReactNode {
  const { t } = useTranslation();
  const products = useProducts() ?? [];
  const topics = useLibraryTopics();
  const any = { value: '', label: t('library.filters.any') };
  const set = <K extends keyof LibraryFilterState>(key: K, next: LibraryFilterState[K]): void =>
    onChange({ ...value, [key]: next });
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <FilterSelect
        label={t('library.filters.product')}
        value={value.productId}
        testId="filter-product"
        options={[
          any,
          ...products.map((product) => ({
            value: product.id,
            label: `${product.brandName} (${product.genericName})`,
          })),
        ]}
        onChange={(next) => set('productId', next)}
      />
      <FilterSelect
        label={t('library.filters.topic')}
        value={value.topic}
        testId="filter-topic"
        options={[any, ...topics.map((topic) => ({ value: topic, label: topic }))]}
        onChange={(next) => set('topic', next)}
      />
      <FilterSelect
        label={t('library.filters.audience')}
        value={value.audience}
        testId="filter-audience"
        options={[
          any,
          ...audienceSchema.options.map((audience) => ({
            value: audience,
            label: t(`library.audience.${audience}`),
          })),
        ]}
        onChange={(next) => set('audience', audienceSchema.safeParse(next).data ?? '')}
      />
      <FilterSelect
        label={t('library.filters.language')}
        value={value.language}
        testId="filter-language"
        options={[
          any,
          ...supportedLanguages.map((code) => ({ value: code, label: t(`language.${code}`) })),
        ]}
        onChange={(next) => set('language', next)}
      />
      <FilterSelect
        label={t('library.filters.status')}
        value={value.status}
        testId="filter-status"
        options={statusChoices.map((choice) => ({
          value: choice,
          label: t(`library.statusFilter.${choice}`),
        }))}
        onChange={(next) =>
          set('status', statusChoices.find((choice) => choice === next) ?? 'current')
        }
      />
    </Stack>
  );
}
