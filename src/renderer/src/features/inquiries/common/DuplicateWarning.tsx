import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Id } from '../../../../../shared/schemas';
import type { DuplicateSubject } from '../../../../../shared/domain';
import { useDuplicateInquiries } from '../../../data';
import { formatDateTime } from '../../../components/formatting';

type DuplicateWarningProps = {
  subject: DuplicateSubject | null;
  windowDays: number;
  linkedIds: readonly Id[];
  onLink: (id: Id) => void;
};

/**
 * Warns when the inquiry being captured looks like an earlier one (same requester and product
 * within the window, similar question) and lets the officer link it or carry on.
 */
export function DuplicateWarning({
  subject,
  windowDays,
  linkedIds,
  onLink,
}: DuplicateWarningProps): ReactNode {
  const { t, i18n } = useTranslation();
  const matches = useDuplicateInquiries(subject, windowDays);
  const [dismissed, setDismissed] = useState<ReadonlySet<Id>>(new Set());
  const shown = (matches ?? []).filter(({ inquiry }) => !dismissed.has(inquiry.id));
  if (shown.length === 0) return null;
  return (
    <Alert
      severity="warning"
      data-testid="duplicate-warning"
      action={
        <Button
          color="inherit"
          onClick={() =>
            setDismissed(new Set([...dismissed, ...shown.map(({ inquiry }) => inquiry.id)]))
          }
        >
          {t('inquiryDuplicates.continue')}
        </Button>
      }
    >
      <AlertTitle>{t('inquiryDuplicates.title')}</AlertTitle>
      <Stack spacing={1}>
        {shown.map(({ inquiry, match }) => (
          <Stack
            key={inquiry.id}
            direction="row"
            spacing={2}
            sx={{ alignItems: 'center', flexWrap: 'wrap' }}
          >
            <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
              {inquiry.reference}
            </Typography>
            <Typography variant="body2">
              {t('inquiryDuplicates.line', {
                date: formatDateTime(inquiry.receivedAt, i18n.language),
                status: t(`inquiryStatus.${inquiry.status}`),
                matchedOn: t(`inquiryDuplicates.matchedOn.${match.matchedOn}`),
                similarity: Math.round(match.similarity * 100),
              })}
            </Typography>
            {linkedIds.includes(inquiry.id) ? (
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {t('inquiryDuplicates.linked')}
              </Typography>
            ) : (
              <Button
                size="small"
                variant="outlined"
                color="inherit"
                onClick={() => onLink(inquiry.id)}
              >
                {t('inquiryDuplicates.link')}
              </Button>
            )}
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
