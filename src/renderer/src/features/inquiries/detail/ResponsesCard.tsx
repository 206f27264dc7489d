import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { responseMethodSchema } from '../../../../../shared/schemas';
import type { Id, Inquiry, ResponseMethod, ResponseRecipient } from '../../../../../shared/schemas';
import { responseRecipientOptions, toDeviceTimestamp } from '../../../../../shared/domain';
import { getDatabase, recordResponse, useDocuments, useUsers } from '../../../data';
import { currentActor } from '../../../app/session';
import { formatDateTime } from '../../../components/formatting';
import { CustomResponsesList } from '../../letters';
import { LinkDocumentsButton } from '../LinkDocumentsButton';
import { useDraftedState } from '../common/use-drafted-state';
import { attempt, DetailCard } from './DetailCard';

type ResponseDraft = {
  method: ResponseMethod;
  sentAt: string;
  documentIds: Id[];
  recipients: ResponseRecipient[];
};

function parseDraft(kept: unknown): ResponseDraft | null {
  if (typeof kept !== 'object' || kept === null) return null;
  const draft = kept as Partial<ResponseDraft>; // written by this form; checked below
  const method = responseMethodSchema.safeParse(draft.method).data;
  return method && typeof draft.sentAt === 'string'
    ? {
        method,
        sentAt: draft.sentAt,
        documentIds: draft.documentIds ?? [],
        recipients: draft.recipients ?? ['requester'],
      }
    : null;
}

/** `2026-03-02T10:15` for a datetime-local input, in the device's time. */
function localInputValue(date: Date): string {
  return toDeviceTimestamp(date).slice(0, 16);
}

/** What was sent — letter, e-mail or verbal, with the documents used — when and by whom. */
export function ResponsesCard({ inquiry }: { inquiry: Inquiry }): ReactNode {
  const { t, i18n } = useTranslation();
  const users = useUsers();
  const documents = useDocuments();
  const [error, setError] = useState<string | null>(null);
  const initial = useMemo<ResponseDraft>(
    () => ({
      method: inquiry.preferredResponseMethod,
      sentAt: localInputValue(new Date()),
      documentIds: [
        ...new Set(inquiry.questions.flatMap((question) => question.linkedDocumentIds)),
      ],
      recipients: ['requester'],
    }),
    [inquiry.preferredResponseMethod, inquiry.questions],
  );
  const draft = useDraftedState(`inquiry:${inquiry.id}:response`, inquiry.id, initial, parseDraft);
  const names = new Map((users ?? []).map((user) => [user.id, user.displayName]));
  const titles = new Map(
    (documents ?? []).map((document) => [document.id, document.reference ?? document.title]),
  );
  const allowed = responseRecipientOptions(inquiry);
  if (!draft) return null;
  const value = draft.value;
  const save = (): void => {
    void attempt(async () => {
      const sentAt = toDeviceTimestamp(new Date(value.sentAt));
      const recipients = value.recipients.filter((recipient) => allowed.includes(recipient));
      await recordResponse(
        getDatabase(),
        inquiry.id,
        { method: value.method, documentIds: value.documentIds, recipients, sentAt },
        currentActor(),
      );
      draft.reset();
    }, setError);
  };
  return (
    <DetailCard title={t('inquiryResponses.title')} testId="responses-card">
      <Stack spacing={2}>
        {inquiry.responses.length === 0 && (
          <Typography color="text.secondary">{t('inquiryResponses.none')}</Typography>
        )}
        {inquiry.responses.map((response) => (
          <Stack key={response.id} spacing={0.5} data-testid="response-entry">
            <Typography>
              {t('inquiryResponses.line', {
                method: t(`responseMethod.${response.method}`),
                time: formatDateTime(response.sentAt, i18n.language),
                name: names.get(response.sentBy) ?? response.sentBy,
              })}
            </Typography>
            <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
              {response.recipients.map((recipient) => (
                <Chip
                  key={recipient}
                  size="small"
                  variant="outlined"
                  label={t(`inquiryResponses.recipient.${recipient}`)}
                />
              ))}
              {response.documentIds.map((id) => (
                <Chip
                  key={id}
                  size="small"
                  label={titles.get(id) ?? id}
                  data-testid="response-document"
                />
              ))}
            </Stack>
            {response.pdfSha256 && (
              <Typography variant="body2" color="text.secondary" data-testid="response-letter">
                {t('letterResponses.sentLetter', {
                  language: response.language ?? '',
                  hash: response.pdfSha256.slice(0, 16),
                })}
              </Typography>
            )}
          </Stack>
        ))}
        <CustomResponsesList inquiry={inquiry} />
        <Typography variant="subtitle2">{t('inquiryResponses.record')}</Typography>
        {draft.isRestored && <Alert severity="info">{t('inquiryDetail.draftRestored')}</Alert>}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField
            select
            size="small"
            label={t('inquiryResponses.method')}
            value={value.method}
            onChange={(change) =>
              draft.setValue({
                ...value,
                method: responseMethodSchema.catch(value.method).parse(change.target.value),
              })
            }
            slotProps={{ htmlInput: { 'data-testid': 'response-method' } }}
          >
            {responseMethodSchema.options.map((method) => (
              <MenuItem key={method} value={method}>
                {t(`responseMethod.${method}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            type="datetime-local"
            label={t('inquiryResponses.sentAt')}
            value={value.sentAt}
            onChange={(change) => draft.setValue({ ...value, sentAt: change.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          {value.documentIds.map((id) => (
            <Chip
              key={id}
              size="small"
              label={titles.get(id) ?? id}
              onDelete={() =>
                draft.setValue({
                  ...value,
                  documentIds: value.documentIds.filter((other) => other !== id),
                })
              }
            />
          ))}
          <LinkDocumentsButton
            productIds={inquiry.productIds}
            selected={value.documentIds}
            onChange={(documentIds) => draft.setValue({ ...value, documentIds })}
            label={t('inquiryResponses.documents')}
          />
        </Stack>
        <Stack direction="row">
          {allowed.map((recipient) => (
            <FormControlLabel
              key={recipient}
              label={t(`inquiryResponses.recipient.${recipient}`)}
              control={
                <Checkbox
                  checked={value.recipients.includes(recipient)}
                  disabled={recipient === 'requester'}
                  onChange={(change) =>
                    draft.setValue({
                      ...value,
                      recipients: change.target.checked
                        ? [...value.recipients, recipient]
                        : value.recipients.filter((other) => other !== recipient),
                    })
                  }
                />
              }
            />
          ))}
        </Stack>
        {inquiry.isOffLabel && (
          <Typography variant="body2" color="text.secondary">
            {t('inquiryOffLabel.medicalOnly')}
          </Typography>
        )}
        {error && <Alert severity="error">{error}</Alert>}
        <Button
          variant="outlined"
          onClick={save}
          sx={{ alignSelf: 'flex-start' }}
          data-testid="record-response"
        >
          {t('inquiryResponses.save')}
        </Button>
      </Stack>
    </DetailCard>
  );
}
