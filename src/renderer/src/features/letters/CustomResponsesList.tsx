import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { customResponseSignedContent } from '../../../../shared/documents';
import type { CustomResponse, Inquiry } from '../../../../shared/schemas';
import { currentActor } from '../../app/session';
import { formatDateTime } from '../../components/formatting';
import { getDatabase, recordCustomResponseReview, useUsers } from '../../data';
import { useCan, useCurrentUser, useSignatureDialog } from '../identity';

function CustomResponseEntry({
  inquiry,
  custom,
}: {
  inquiry: Inquiry;
  custom: CustomResponse;
}): ReactNode {
  const { t, i18n } = useTranslation();
  const users = useUsers();
  const user = useCurrentUser();
  // Four eyes: the author of the text does not review it.
  const canReview = useCan('canReviewCustomResponses') && custom.preparedBy !== user.id;
  const { requestSignature } = useSignatureDialog();
  const [error, setError] = useState<string | null>(null);
  const texts = inquiry.personal.customResponseTexts[custom.id] ?? {};
  const name = users?.find((user) => user.id === custom.preparedBy)?.displayName ?? '';
  const review = async (): Promise<void> => {
    const signature = await requestSignature({
      meaning: 'reviewed',
      statement: t('letterResponses.reviewStatement', { reference: inquiry.reference }),
      ...customResponseSignedContent(custom),
    });
    if (!signature) return;
    try {
      await recordCustomResponseReview(
        getDatabase(),
        inquiry.id,
        custom.id,
        signature,
        currentActor(),
      );
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <Stack spacing={1} data-testid="custom-response" data-status={custom.status}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Chip size="small" label={t(`letterResponses.status.${custom.status}`)} />
        <Typography variant="body2">
          {t('letterResponses.customLine', {
            time: formatDateTime(custom.preparedAt, i18n.language),
            name,
            language: custom.language,
          })}
        </Typography>
      </Stack>
      {custom.status === 'awaiting-review' &&
        Object.entries(texts).map(([documentId, text]) => (
          <Typography
            key={documentId}
            component="pre"
            variant="body2"
            sx={{ whiteSpace: 'pre-wrap', bgcolor: 'action.hover', p: 1, borderRadius: 1 }}
          >
            {text}
          </Typography>
        ))}
      {custom.status === 'awaiting-review' &&
        (canReview ? (
          <Button
            variant="outlined"
            onClick={() => void review()}
            sx={{ alignSelf: 'flex-start' }}
            data-testid="review-custom-response"
          >
            {t('letterResponses.review')}
          </Button>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('letterResponses.onlySpecialists')}
          </Typography>
        ))}
      {error && <Alert severity="error">{error}</Alert>}
    </Stack>
  );
}

/** Custom responses of an inquiry, with the specialist's review action. */
export function CustomResponsesList({ inquiry }: { inquiry: Inquiry }): ReactNode {
  const { t } = useTranslation();
  if (inquiry.customResponses.length === 0) return null;
  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle2">{t('letterResponses.customResponses')}</Typography>
      {inquiry.customResponses.map((custom) => (
        <CustomResponseEntry key={custom.id} inquiry={inquiry} custom={custom} />
      ))}
    </Stack>
  );
}
