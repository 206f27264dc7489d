import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { granularitySchema, type InsightsFilters } from '../../../../shared/insights';
import { inquiryChannelSchema, requesterTypeSchema } from '../../../../shared/schemas';
import { periodPresets, type PeriodPreset } from './period';

export type FilterOptions = {
  products: readonly { id: string; name: string }[];
  countries: readonly string[];
  events: readonly { id: string; name: string }[];
};

type FilterBarProps = {
  preset: PeriodPreset;
  filters: InsightsFilters;
  options: FilterOptions;
  onPreset: (preset: PeriodPreset) => void;
  onChange: (change: Partial<InsightsFilters>) => void;
  onReset: () => void;
};

const all = '';

type SelectProps = {
  label: string;
  value: string | null;
  testId: string;
  choices: readonly { value: string; label: string }[];
  onChange: (value: string | null) => void;
  allLabel: string;
};

function FilterSelect({
  label,
  value,
  testId,
  choices,
  onChange,
  allLabel,
}: SelectProps): ReactNode {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value ?? all}
      onChange={(event) => onChange(event.target.value === all ? null : event.target.value)}
      sx={{ minWidth: 190 }}
      slotProps={{ htmlInput: { 'data-testid': testId } }}
    >
      <MenuItem value={all}>{allLabel}</MenuItem>
      {choices.map((choice) => (
        <MenuItem key={choice.value} value={choice.value}>
          {choice.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Period and filters of the dashboard: every control is a labelled form field. */
export function FilterBar({
  preset,
  filters,
  options,
  onPreset,
  onChange,
  onReset,
}: FilterBarProps): ReactNode {
  const { t } = useTranslation();
  const allLabel = t('insights.filters.all');
  return (
    <Box
      component="form"
      role="search"
      aria-label={t('insights.filters.label')}
      onSubmit={(event) => event.preventDefault()}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mb: 3, alignItems: 'center' }}
    >
      <TextField
        select
        size="small"
        label={t('insights.filters.period')}
        value={preset}
        onChange={(event) =>
          onPreset(periodPresets.find((value) => value === event.target.value) ?? 'custom')
        }
        sx={{ minWidth: 170 }}
        slotProps={{ htmlInput: { 'data-testid': 'filter-period' } }}
      >
        {periodPresets.map((value) => (
          <MenuItem key={value} value={value}>
            {t(`insights.filters.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      {preset === 'custom' && (
        <>
          <TextField
            type="date"
            size="small"
            label={t('insights.filters.from')}
            value={filters.from ?? ''}
            onChange={(event) => onChange({ from: event.target.value || null })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            size="small"
            label={t('insights.filters.to')}
            value={filters.to ?? ''}
            onChange={(event) => onChange({ to: event.target.value || null })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </>
      )}
      <FilterSelect
        label={t('insights.filters.product')}
        testId="filter-product"
        value={filters.productId}
        allLabel={allLabel}
        choices={options.products.map((product) => ({ value: product.id, label: product.name }))}
        onChange={(productId) => onChange({ productId })}
      />
      <FilterSelect
        label={t('insights.filters.country')}
        testId="filter-country"
        value={filters.country}
        allLabel={allLabel}
        choices={options.countries.map((country) => ({ value: country, label: country }))}
        onChange={(country) => onChange({ country })}
      />
      <FilterSelect
        label={t('insights.filters.event')}
        testId="filter-event"
        value={filters.eventId}
        allLabel={allLabel}
        choices={options.events.map((event) => ({ value: event.id, label: event.name }))}
        onChange={(eventId) => onChange({ eventId })}
      />
      <FilterSelect
        label={t('insights.filters.requesterType')}
        testId="filter-requester-type"
        value={filters.requesterType}
        allLabel={allLabel}
        choices={requesterTypeSchema.options.map((type) => ({
          value: type,
          label: t(`requesterType.${type}`),
        }))}
        onChange={(value) =>
          onChange({ requesterType: requesterTypeSchema.nullable().parse(value) })
        }
      />
      <FilterSelect
        label={t('insights.filters.channel')}
        testId="filter-channel"
        value={filters.channel}
        allLabel={allLabel}
        choices={inquiryChannelSchema.options.map((channel) => ({
          value: channel,
          label: t(`insights.channel.${channel}`),
        }))}
        onChange={(value) => onChange({ channel: inquiryChannelSchema.nullable().parse(value) })}
      />
      <TextField
        select
        size="small"
        label={t('insights.filters.granularity')}
        value={filters.granularity ?? 'auto'}
        onChange={(event) =>
          onChange({ granularity: granularitySchema.safeParse(event.target.value).data ?? null })
        }
        sx={{ minWidth: 130 }}
      >
        {(['auto', 'day', 'week', 'month'] as const).map((value) => (
          <MenuItem key={value} value={value}>
            {t(`insights.filters.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      <Button onClick={onReset}>{t('insights.filters.reset')}</Button>
    </Box>
  );
}
