import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Control } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { responseMethodSchema, urgencySchema } from '../../../../../shared/schemas';
import type { Product } from '../../../../../shared/schemas';
import type { BoothFormValues } from './booth-form';
import { BoothCheckbox, BoothChoice } from './BoothFields';

type RequestSectionProps = {
  control: Control<BoothFormValues>;
  products: readonly Product[];
  isLocked: boolean;
};

/** Which product the request is about. */
export function ProductChoice({ control, products, isLocked }: RequestSectionProps): ReactNode {
  const { t } = useTranslation();
  return (
    <BoothChoice
      control={control}
      name="productId"
      label={t('booth.product')}
      options={products.map((product) => ({
        value: product.id,
        label: `${product.brandName} (${product.genericName})`,
      }))}
      isLocked={isLocked}
    />
  );
}

/** How urgent, how to answer, consent, the privacy notice and the off-label declaration. */
export function RequestSection({
  control,
  isLocked,
}: Omit<RequestSectionProps, 'products'>): ReactNode {
  const { t } = useTranslation();
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <BoothChoice
          control={control}
          name="urgency"
          label={t('booth.urgency')}
          options={urgencySchema.options.map((value) => ({ value, label: t(`urgency.${value}`) }))}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <BoothChoice
          control={control}
          name="preferredResponseMethod"
          label={t('booth.responseMethod')}
          options={responseMethodSchema.options.map((value) => ({
            value,
            label: t(`responseMethod.${value}`),
          }))}
          isLocked={isLocked}
        />
      </Grid>
      <Grid size={12}>
        <Alert severity="info" variant="outlined" sx={{ mb: 1 }}>
          {t('booth.privacyNoticeText')}
        </Alert>
        <Stack>
          <BoothCheckbox
            control={control}
            name="privacyNoticeAcknowledged"
            label={t('booth.privacyNotice')}
            isLocked={isLocked}
          />
          <BoothCheckbox
            control={control}
            name="consentToContact"
            label={t('booth.consentToContact')}
            isLocked={isLocked}
          />
          <BoothCheckbox
            control={control}
            name="isOffLabel"
            label={t('booth.isOffLabel')}
            isLocked={isLocked}
          />
          <BoothCheckbox
            control={control}
            name="isUnsolicited"
            label={t('booth.isUnsolicited')}
            isLocked={isLocked}
          />
        </Stack>
      </Grid>
    </Grid>
  );
}
