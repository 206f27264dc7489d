import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Inquiry } from '../../../../../shared/schemas';
import { useEvent, useProducts } from '../../../data';
import { formatDate, formatDateTime } from '../../../components/formatting';
import { countryName, languageName } from '../common/regions';
import { DetailCard } from './DetailCard';

function Row({
  label,
  value,
  testId,
}: {
  label: string;
  value: ReactNode;
  testId?: string;
}): ReactNode {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        component="dd"
        data-testid={testId}
        sx={{ m: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
      >
        {value === null || value === '' ? '—' : value}
      </Typography>
    </>
  );
}

/** Who asked, how to reach them, about which product, and the inquiry's key dates. */
export function SummaryCard({ inquiry }: { inquiry: Inquiry }): ReactNode {
  const { t, i18n } = useTranslation();
  const products = useProducts();
  const event = useEvent(inquiry.eventId);
  const requester = inquiry.personal.requester;
  const productNames = (products ?? [])
    .filter((product) => inquiry.productIds.includes(product.id))
    .map((product) => `${product.brandName} (${product.genericName})`)
    .join(', ');
  const yesNo = (value: boolean): string => t(value ? 'inquiryExport.yes' : 'inquiryExport.no');
  return (
    <DetailCard title={t('inquiryDetail.summary')} testId="summary-card">
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'minmax(140px, max-content) 1fr',
          columnGap: 2,
          rowGap: 0.75,
          m: 0,
        }}
      >
        <Row
          label={t('booth.requesterType')}
          value={t(`requesterType.${inquiry.requester.type}`)}
        />
        <Row label={t('booth.name')} value={requester.name} testId="detail-requester-name" />
        <Row label={t('booth.specialty')} value={requester.specialty} />
        <Row label={t('booth.institution')} value={requester.institution} />
        <Row label={t('booth.email')} value={requester.email} />
        <Row label={t('booth.phone')} value={requester.phone} />
        <Row
          label={t('booth.country')}
          value={countryName(inquiry.requester.country, i18n.language)}
        />
        <Row
          label={t('booth.preferredLanguage')}
          value={languageName(inquiry.requester.preferredLanguage, i18n.language)}
        />
        <Row label={t('inquiries.products')} value={productNames} />
        <Row label={t('inquiries.event')} value={event?.name ?? null} />
        <Row label={t('inquiries.channel')} value={t(`channel.${inquiry.channel}`)} />
        <Row
          label={t('inquiries.received')}
          value={formatDateTime(inquiry.receivedAt, i18n.language)}
        />
        <Row label={t('inquiries.urgency')} value={t(`urgency.${inquiry.urgency}`)} />
        <Row
          label={t('inquiries.due')}
          value={formatDate(inquiry.dueDate, i18n.language)}
          testId="detail-due"
        />
        <Row
          label={t('booth.responseMethod')}
          value={t(`responseMethod.${inquiry.preferredResponseMethod}`)}
        />
        <Row label={t('inquiryDetail.consent')} value={yesNo(inquiry.consentToContact)} />
        <Row
          label={t('inquiryDetail.privacyNotice')}
          value={yesNo(inquiry.privacyNoticeAcknowledged)}
        />
      </Box>
    </DetailCard>
  );
}
