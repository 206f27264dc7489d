import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import {
  inquiryStatusSchema,
  questionCategorySchema,
  requesterTypeSchema,
} from '../../../../../shared/schemas';
import type { InquiryStatus } from '../../../../../shared/schemas';
import { useEvents, useProducts } from '../../../data';
import { countryCodes, countryName } from '../common/regions';
import { sortOf } from './list-state';
import type { ListState } from './list-state';

type InquiryFiltersProps = {
  state: ListState;
  onChange: (change: Partial<ListState>) => void;
  onClear: () => void;
};

function Choice(props: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  testId: string;
}): ReactNode {
  const { t } = useTranslation();
  return (
    <TextField
      select
      fullWidth
      size="small"
      label={props.label}
      value={props.value}
      onChange={(change) => props.onChange(change.target.value)}
      slotProps={{ htmlInput: { 'data-testid': props.testId } }}
    >
      <MenuItem value="">{t('inquiries.any')}</MenuItem>
      {props.options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Search, filters and sort of the inquiry list; every change updates the URL at once. */
export function InquiryFilters({ state, onChange, onClear }: InquiryFiltersProps): ReactNode {
  const { t, i18n } = useTranslation();
  const products = useProducts();
  const events = useEvents();
  // Typing stays local; the list follows after a short pause, not on every key.
  const [search, setSearch] = useState(state.search);
  useEffect(() => {
    if (search === state.search) return undefined;
    const timer = window.setTimeout(() => onChange({ search }), 250);
    return () => window.clearTimeout(timer);
  }, [search, state.search, onChange]);
  const labelled = (
    values: readonly string[],
    prefix: string,
  ): { value: string; label: string }[] =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  return (
    <Grid container spacing={1.5} sx={{ mb: 2 }}>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextField
          fullWidth
          size="small"
          label={t('inquiries.search')}
          value={search}
          onChange={(change) => setSearch(change.target.value)}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined />
                </InputAdornment>
              ),
            },
            htmlInput: { 'data-testid': 'inquiry-search' },
          }}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 3 }}>
        <TextField
          select
          fullWidth
          size="small"
          label={t('inquiries.status')}
          value={state.statuses}
          onChange={(change) => {
            const value: unknown = change.target.value;
            const statuses = Array.isArray(value)
              ? value.flatMap((item) => inquiryStatusSchema.safeParse(item).data ?? [])
              : [];
            onChange({ statuses: statuses satisfies InquiryStatus[] });
          }}
          slotProps={{ select: { multiple: true }, htmlInput: { 'data-testid': 'filter-status' } }}
        >
          {labelled(inquiryStatusSchema.options, 'inquiryStatus').map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid size={{ xs: 12, md: 3 }}>
        <TextField
          select
          fullWidth
          size="small"
          label={t('inquiries.sort')}
          value={state.sort}
          onChange={(change) => onChange({ sort: sortOf(change.target.value) })}
        >
          <MenuItem value="received-newest">{t('inquiries.sortBy.received-newest')}</MenuItem>
          <MenuItem value="received-oldest">{t('inquiries.sortBy.received-oldest')}</MenuItem>
          <MenuItem value="due-soonest">{t('inquiries.sortBy.due-soonest')}</MenuItem>
        </TextField>
      </Grid>
      <Grid size={{ xs: 6, md: 2 }}>
        <Choice
          label={t('inquiries.products')}
          value={state.productId}
          testId="filter-product"
          onChange={(productId) => onChange({ productId })}
          options={(products ?? []).map((product) => ({
            value: product.id,
            label: product.brandName,
          }))}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 2 }}>
        <Choice
          label={t('inquiries.category')}
          value={state.category}
          testId="filter-category"
          onChange={(category) => onChange({ category })}
          options={labelled(questionCategorySchema.options, 'questionCategory')}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 2 }}>
        <Choice
          label={t('inquiries.requester')}
          value={state.requesterType}
          testId="filter-type"
          onChange={(requesterType) => onChange({ requesterType })}
          options={labelled(requesterTypeSchema.options, 'requesterType')}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 2 }}>
        <Autocomplete
          size="small"
          options={countryCodes}
          value={state.country || null}
          autoHighlight
          getOptionLabel={(code) => `${countryName(code, i18n.language)} (${code})`}
          onChange={(_event, code) => onChange({ country: code ?? '' })}
          renderInput={(params) => <TextField {...params} label={t('inquiries.country')} />}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Choice
          label={t('inquiries.event')}
          value={state.eventId}
          testId="filter-event"
          onChange={(eventId) => onChange({ eventId })}
          options={(events ?? []).map((event) => ({ value: event.id, label: event.name }))}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 2 }}>
        <TextField
          fullWidth
          size="small"
          type="date"
          label={t('inquiries.from')}
          value={state.from}
          onChange={(change) => onChange({ from: change.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 2 }}>
        <TextField
          fullWidth
          size="small"
          type="date"
          label={t('inquiries.to')}
          value={state.to}
          onChange={(change) => onChange({ to: change.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 2 }}>
        <FormControlLabel
          control={
            <Switch
              checked={state.isOverdue}
              onChange={(change) => onChange({ isOverdue: change.target.checked })}
            />
          }
          label={t('inquiries.overdueOnly')}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 2 }}>
        <Button
          onClick={() => {
            setSearch('');
            onClear();
          }}
        >
          {t('inquiries.clearFilters')}
        </Button>
      </Grid>
    </Grid>
  );
}
