import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Control, UseFormSetValue } from 'react-hook-form';
import Grid from '@mui/material/Grid';
import { requesterTypeSchema } from '../../../../../shared/schemas';
import type { BoothFormValues } from './booth-form';
import { BoothChoice, BoothTextField } from './BoothFields';
import { RegionField } from './RegionField';
import { defaultLanguageOf } from '../common/regions';

type RequesterSectionProps = {
  control: Control<BoothFormValues>;
  setValue: UseFormSetValue<BoothFormValues>;
  isLocked: boolean;
};

/** Who asks: type, identity, contact, country and the language to answer in. */
export function RequesterSection({
  control,
  setValue,
  isLocked,
}: RequesterSectionProps): ReactNode {
  const { t } = useTranslation();
  const types = requesterTypeSchema.options.map((value) => ({
    value,
    label: t(`requesterType.${value}`),
  }));
  return (
    <Grid container spacing={2}>
      <Grid size={12}>
        <BoothChoice
          control={control}
          name="requesterType"
          label={t('booth.requesterType')}
          options={types}
          isLocked={isLocked}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <BoothTextField control={control} name="name" label={t('booth.name')} isLocked={isLocked} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <BoothTextField
          control={control}
          name="specialty"
          label={t('booth.specialty')}
          isLocked={isLocked}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <BoothTextField
          control={control}
          name="institution"
          label={t('booth.institution')}
          isLocked={isLocked}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <RegionField
          control={control}
          kind="country"
          label={t('booth.country')}
          isLocked={isLocked}
          onPicked={(code) => setValue('preferredLanguage', defaultLanguageOf(code))}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <BoothTextField
          control={control}
          name="email"
          type="email"
          label={t('booth.email')}
          isLocked={isLocked}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <BoothTextField
          control={control}
          name="phone"
          type="tel"
          label={t('booth.phone')}
          isLocked={isLocked}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <RegionField
          control={control}
          kind="preferredLanguage"
          label={t('booth.preferredLanguage')}
          isLocked={isLocked}
        />
      </Grid>
    </Grid>
  );
}
