import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SignatureReview } from '../../../../../shared/domain';
import { useUsers } from '../../../data';
import { formatDateTime } from '../../../components/formatting';

/**
 * Signatures with their manifestation — printed name, date and time, meaning (21 CFR 11.50) —
 * the image as drawn, and whether each still matches the signed content. A superseded
 * signature stays listed: the history shows both.
 */
export function SignatureList({ reviews }: { reviews: readonly SignatureReview[] }): ReactNode {
  const { t, i18n } = useTranslation();
  const users = useUsers();
  const witness = new Map(users?.map((user) => [user.id, user.displayName]));
  if (reviews.length === 0) return null;
  return (
    <Stack spacing={1} data-testid="signature-list">
      {reviews.map(({ signature, personal, state }) => (
        <Box
          key={signature.id}
          data-testid="signature-entry"
          sx={{
            display: 'flex',
            gap: 2,
            alignItems: 'center',
            flexWrap: 'wrap',
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            p: 1,
          }}
        >
          {personal && (
            <Box
              component="img"
              src={personal.image}
              alt={t('hcpSignature.imageOf', { name: personal.signerName })}
              sx={{ height: 56, bgcolor: '#fff', border: 1, borderColor: 'divider' }}
            />
          )}
          <Box sx={{ flex: 1, minWidth: 200 }}>
            <Typography sx={{ fontWeight: 600 }}>{personal?.signerName ?? '—'}</Typography>
            <Typography variant="body2">
              {formatDateTime(signature.signedAt, i18n.language)} ·{' '}
              {t(`hcpSignatureMeaning.${signature.meaning}`)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('hcpSignature.witnessedBy', {
                name: witness.get(signature.witnessUserId) ?? signature.witnessUserId,
              })}
            </Typography>
          </Box>
          <Chip
            size="small"
            color={state === 'valid' ? 'success' : 'default'}
            label={t(`hcpSignature.state.${state}`)}
            data-testid="signature-state"
          />
        </Box>
      ))}
    </Stack>
  );
}
