import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { Inquiry, Product } from '../../../../../shared/schemas';
import { approvedIndicationsFor } from '../../../../../shared/domain';
import { getDatabase, setInquiryOffLabel, useProducts } from '../../../data';
import { currentActor } from '../../../app/session';
import { attempt, DetailCard } from './DetailCard';
import { UnsolicitedForm } from './UnsolicitedForm';

function Indications({ product, country }: { product: Product; country: string }): ReactNode {
  const { t } = useTranslation();
  const indications = approvedIndicationsFor(product, country);
  return (
    <Stack spacing={0.5}>
      <Typography variant="subtitle2">
        {t('inquiryOffLabel.approvedIn', { product: product.brandName, country })}
      </Typography>
      {indications.length === 0 ? (
        <Typography variant="body2" color="warning.main">
          {t('inquiryOffLabel.notApproved', { country })}
        </Typography>
      ) : (
        indications.map((indication) => (
          <Typography
            key={`${indication.country}-${indication.text}`}
            variant="body2"
            color="text.secondary"
          >
            {`${indication.country}: ${indication.text}`}
          </Typography>
        ))
      )}
    </Stack>
  );
}

/**
 * The off-label path: the approved indications in the requester's country to judge against,
 * the officer's mark, and the proof that the request was unsolicited, without which it is not
 * answered. An off-label inquiry is medical only: no sales representative receives the answer.
 */
export function OffLabelCard({ inquiry }: { inquiry: Inquiry }): ReactNode {
  const { t } = useTranslation();
  const products = useProducts();
  const [error, setError] = useState<string | null>(null);
  const concerned = (products ?? []).filter((product) => inquiry.productIds.includes(product.id));
  return (
    <DetailCard title={t('inquiryOffLabel.title')} testId="off-label-card">
      <Stack spacing={2}>
        {concerned.map((product) => (
          <Indications key={product.id} product={product} country={inquiry.requester.country} />
        ))}
        <FormControlLabel
          control={
            <Switch
              checked={inquiry.isOffLabel}
              onChange={(change) =>
                void attempt(
                  () =>
                    setInquiryOffLabel(
                      getDatabase(),
                      inquiry.id,
                      change.target.checked,
                      currentActor(),
                    ),
                  setError,
                )
              }
            />
          }
          label={t('inquiryOffLabel.mark', { country: inquiry.requester.country })}
        />
        {inquiry.isOffLabel && (
          <>
            <Alert severity="info" data-testid="medical-only">
              {t('inquiryOffLabel.medicalOnly')}
            </Alert>
            <UnsolicitedForm inquiry={inquiry} />
          </>
        )}
        {error && <Alert severity="error">{error}</Alert>}
      </Stack>
    </DetailCard>
  );
}
