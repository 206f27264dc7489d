import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { describeDeviceHoldings, getDatabase } from '../../data';
import type { DeviceHoldings } from '../../data';
import { formatDateTime } from '../../components/formatting';
import { PageHeader } from '../../components/PageHeader';
import { PersonSearchCard } from './PersonSearchCard';
import { usePermissions } from './session-store';

function HoldingsTable({ holdings }: { holdings: DeviceHoldings }): ReactNode {
  const { t, i18n } = useTranslation();
  const rows: [string, string | number][] = [
    [t('identity.holdings.inquiries'), holdings.inquiriesWithPersonalData],
    [
      t('identity.holdings.oldest'),
      holdings.oldest
        ? `${holdings.oldest.reference} · ${formatDateTime(holdings.oldest.receivedAt, i18n.language)}`
        : '—',
    ],
    [t('identity.holdings.purged'), holdings.inquiriesPurged],
    [t('identity.holdings.signatures'), holdings.handwrittenSignatures],
    [t('identity.holdings.drafts'), holdings.drafts],
    [t('identity.holdings.auditEvents'), holdings.auditEventsWithPersonalData],
    [
      t('identity.holdings.unsynced'),
      t('identity.holdings.unsyncedDetail', {
        total: holdings.unsynced.total,
        personal: holdings.unsynced.withPersonalData,
      }),
    ],
    [
      t('identity.holdings.sealing'),
      holdings.isServerKeyKnown
        ? t('identity.holdings.sealed', { count: holdings.unsynced.sealed })
        : t('identity.holdings.waitingForKey', { count: holdings.unsynced.waitingForServerKey }),
    ],
    [t('identity.holdings.accounts'), holdings.accounts],
  ];
  return (
    <Table size="small" aria-label={t('identity.holdings.title')}>
      <TableBody>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            <TableCell component="th" scope="row">
              {label}
            </TableCell>
            <TableCell data-testid="holding-value">{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * "What this laptop holds": counts of records with personal data, the oldest one, what is not
 * synced yet and whether queued changes are sealed for the server — what an officer must know
 * before handing in or travelling with a laptop (GDPR: kept no longer than needed).
 */
export function DeviceDataPage(): ReactNode {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const [holdings, setHoldings] = useState<DeviceHoldings | null>(null);
  useEffect(() => {
    void describeDeviceHoldings(getDatabase()).then(setHoldings);
  }, []);
  return (
    <>
      <PageHeader title={t('identity.holdings.title')} />
      <Stack spacing={2} sx={{ maxWidth: 760 }}>
        <Card variant="outlined">
          <CardContent>
            <Typography color="text.secondary" sx={{ mb: 1 }}>
              {t('identity.holdings.intro')}
            </Typography>
            {holdings ? <HoldingsTable holdings={holdings} /> : null}
            {holdings && holdings.unprotected > 0 && (
              <Alert severity="warning" sx={{ mt: 2 }}>
                {t('identity.holdings.unprotected', { count: holdings.unprotected })}
              </Alert>
            )}
          </CardContent>
        </Card>
        {permissions.canCaptureInquiries && (
          <PersonSearchCard isOwnOnly={permissions.seesOwnInquiriesOnly} />
        )}
      </Stack>
    </>
  );
}
