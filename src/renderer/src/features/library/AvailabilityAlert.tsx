import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import { documentAvailability } from '../../../../shared/domain';
import type { ResponseDocument } from '../../../../shared/schemas';
import { formatDate } from '../../components/formatting';
import { todayInAffiliateCalendar } from '../../components/today';

/**
 * Says plainly when a document cannot be sent: expired (review date passed), not approved, or
 * not yet effective. Nothing is shown for a sendable document.
 */
export function AvailabilityAlert({ document }: { document: ResponseDocument }): ReactNode {
  const { t, i18n } = useTranslation();
  const availability = documentAvailability(document, todayInAffiliateCalendar());
  switch (availability) {
    case 'expired':
      return (
        <Alert severity="error" data-testid="expiry-warning">
          {t('library.expiredWarning', { date: formatDate(document.reviewDate, i18n.language) })}
        </Alert>
      );
    case 'not-approved':
      return (
        <Alert severity="info">
          {t('library.notApprovedWarning', { status: t(`documentStatus.${document.status}`) })}
        </Alert>
      );
    case 'not-yet-effective':
      return (
        <Alert severity="warning">
          {t('library.notYetEffective', {
            date: formatDate(document.effectiveDate, i18n.language),
          })}
        </Alert>
      );
    default:
      return null;
  }
}
