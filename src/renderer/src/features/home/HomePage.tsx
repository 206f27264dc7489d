import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { documentAvailability } from '../../../../shared/domain';
import { useDocuments, useInquiryPage, useProducts } from '../../data';
import { formatDateTime } from '../../components/formatting';
import { PageHeader } from '../../components/PageHeader';
import { OverdueAlarm, SafetyDueCard } from '../safety';
import { todayInAffiliateCalendar } from '../../components/today';

/** The first screen: the company's products, the usable library and the latest inquiries. */
export function HomePage(): ReactNode {
  const { t, i18n } = useTranslation();
  const products = useProducts();
  const documents = useDocuments({ status: 'approved' });
  const recent = useInquiryPage({ limit: 5 });
  const today = todayInAffiliateCalendar();
  const sendable = documents?.filter(
    (document) => documentAvailability(document, today) === 'sendable',
  );
  return (
    <>
      <PageHeader title={t('home.title')} />
      <OverdueAlarm />
      <Grid container spacing={2}>
        <Grid size={12}>
          <SafetyDueCard />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card variant="outlined">
            <CardContent>
              <Typography color="text.secondary">{t('home.approvedDocuments')}</Typography>
              <Typography variant="h3" component="p" data-testid="sendable-documents">
                {sendable?.length ?? '…'}
              </Typography>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <Card variant="outlined">
            <CardContent>
              <Typography color="text.secondary" gutterBottom>
                {t('home.products')}
              </Typography>
              <List dense>
                {products?.map((product) => (
                  <ListItem key={product.id} disableGutters>
                    <ListItemText
                      primary={`${product.brandName} (${product.genericName})`}
                      secondary={product.strengths.join(' · ')}
                    />
                  </ListItem>
                ))}
              </List>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={12}>
          <Card variant="outlined">
            <CardContent>
              <Link component={RouterLink} to="/inquiries" underline="hover">
                {t('home.recentInquiries')}
              </Link>
              <List dense>
                {recent?.inquiries.map((inquiry) => (
                  <ListItem key={inquiry.id} disableGutters>
                    <ListItemText
                      primary={`${inquiry.reference} · ${t(`inquiryStatus.${inquiry.status}`)}`}
                      secondary={formatDateTime(inquiry.receivedAt, i18n.language)}
                    />
                  </ListItem>
                ))}
              </List>
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </>
  );
}
