import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { isOverdue, reviewSignatures } from '../../../../../shared/domain';
import { useInquiry } from '../../../data';
import { PageHeader } from '../../../components/PageHeader';
import { WriteLetterButton } from '../../letters';
import { todayInAffiliateCalendar } from '../../../components/today';
import { SignatureList } from '../common/SignatureList';
import { DetailCard } from './DetailCard';
import { FollowUpsCard } from './FollowUpsCard';
import { HistoryCard } from './HistoryCard';
import { NotesCard } from './NotesCard';
import { OffLabelCard } from './OffLabelCard';
import { QuestionsCard } from './QuestionsCard';
import { ResponsesCard } from './ResponsesCard';
import { SafetyScreenCard } from './SafetyScreenCard';
import { StatusCard } from './StatusCard';
import { SummaryCard } from './SummaryCard';

function LinkedInquiry({ id }: { id: string }): ReactNode {
  const linked = useInquiry(id);
  return (
    <Link component={RouterLink} to={`/inquiries/${id}`} sx={{ fontFamily: 'monospace' }}>
      {linked?.reference ?? id}
    </Link>
  );
}

/** One inquiry: its content, the workflow, the safety step, the off-label path and its history. */
export function InquiryDetailPage(): ReactNode {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const inquiry = useInquiry(id);
  if (inquiry === undefined) return null;
  const back = (
    <Button component={RouterLink} to="/inquiries" startIcon={<ArrowBackOutlined />}>
      {t('inquiryDetail.back')}
    </Button>
  );
  if (inquiry === null) {
    return (
      <>
        <PageHeader title={t('inquiries.title')} actions={back} />
        <Alert severity="warning">{t('inquiryDetail.notFound')}</Alert>
      </>
    );
  }
  const late = isOverdue(inquiry, todayInAffiliateCalendar());
  return (
    <>
      <PageHeader title={inquiry.reference} actions={back} />
      <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
        <Chip color="primary" label={t(`inquiryStatus.${inquiry.status}`)} />
        {inquiry.isOffLabel && (
          <Chip
            color="secondary"
            label={t('inquiries.medicalOnly')}
            data-testid="medical-only-badge"
          />
        )}
        {late && <Chip color="error" label={t('inquiries.overdue')} />}
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <Stack spacing={2}>
            <SummaryCard inquiry={inquiry} />
            <QuestionsCard inquiry={inquiry} />
            <OffLabelCard inquiry={inquiry} />
            <WriteLetterButton inquiry={inquiry} />
            <ResponsesCard key={`${inquiry.id}-${inquiry.responses.length}`} inquiry={inquiry} />
            <FollowUpsCard inquiry={inquiry} />
            <NotesCard inquiry={inquiry} />
            <DetailCard title={t('hcpSignature.title')} testId="signatures-card">
              {inquiry.signatures.length === 0 ? (
                <Typography color="text.secondary">{t('hcpSignature.none')}</Typography>
              ) : (
                <SignatureList reviews={reviewSignatures(inquiry)} />
              )}
            </DetailCard>
            {inquiry.linkedInquiryIds.length > 0 && (
              <DetailCard title={t('inquiryDetail.linked')}>
                <Stack spacing={0.5}>
                  {inquiry.linkedInquiryIds.map((linked) => (
                    <LinkedInquiry key={linked} id={linked} />
                  ))}
                </Stack>
              </DetailCard>
            )}
            <HistoryCard recordId={inquiry.id} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Stack spacing={2}>
            <StatusCard inquiry={inquiry} />
            <SafetyScreenCard key={inquiry.safetyScreen?.answeredAt ?? 'none'} inquiry={inquiry} />
          </Stack>
        </Grid>
      </Grid>
    </>
  );
}
