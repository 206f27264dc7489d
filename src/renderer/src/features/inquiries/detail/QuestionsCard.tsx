import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { questionCategorySchema } from '../../../../../shared/schemas';
import type { Inquiry, InquiryQuestion } from '../../../../../shared/schemas';
import { getDatabase, updateInquiryQuestion, useDocuments } from '../../../data';
import { currentActor } from '../../../app/session';
import { LinkDocumentsButton } from '../LinkDocumentsButton';
import { attempt, DetailCard } from './DetailCard';

/**
 * The requester's questions, verbatim (any script, any markup, shown as text), each with the
 * officer's category and the standard responses linked to it.
 */
export function QuestionsCard({ inquiry }: { inquiry: Inquiry }): ReactNode {
  const { t } = useTranslation();
  const documents = useDocuments();
  const [error, setError] = useState<string | null>(null);
  const title = new Map(
    (documents ?? []).map((document) => [
      document.id,
      `${document.reference ?? ''} ${document.title}`,
    ]),
  );
  const texts = new Map(
    inquiry.personal.questions.map((question) => [question.questionId, question.text]),
  );
  const update = (question: InquiryQuestion): void => {
    void attempt(
      () => updateInquiryQuestion(getDatabase(), inquiry.id, question, currentActor()),
      setError,
    );
  };
  return (
    <DetailCard title={t('inquiryDetail.questions')} testId="questions-card">
      <Stack spacing={2} divider={<Divider flexItem />}>
        {inquiry.questions.map((question, index) => (
          <Stack key={question.id} spacing={1} data-testid="detail-question">
            <Typography variant="subtitle2">
              {t('booth.questionText', { number: index + 1 })}
            </Typography>
            <Typography
              data-testid="detail-question-text"
              sx={{
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
                maxHeight: 320,
                overflow: 'auto',
              }}
            >
              {texts.get(question.id) ?? ''}
            </Typography>
            <Stack
              direction={{ xs: 'column', md: 'row' }}
              spacing={2}
              sx={{ alignItems: { md: 'center' } }}
            >
              <TextField
                select
                size="small"
                label={t('booth.category')}
                value={question.category}
                onChange={(change) => {
                  const category = questionCategorySchema.safeParse(change.target.value).data;
                  if (category) update({ ...question, category });
                }}
                sx={{ minWidth: 260 }}
              >
                {questionCategorySchema.options.map((category) => (
                  <MenuItem key={category} value={category}>
                    {t(`questionCategory.${category}`)}
                  </MenuItem>
                ))}
              </TextField>
              <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', flex: 1 }}>
                {question.linkedDocumentIds.length === 0 && (
                  <Typography variant="body2" color="text.secondary">
                    {t('inquiryDetail.noLinkedDocuments')}
                  </Typography>
                )}
                {question.linkedDocumentIds.map((id) => (
                  <Chip
                    key={id}
                    size="small"
                    label={title.get(id) ?? id}
                    onDelete={() =>
                      update({
                        ...question,
                        linkedDocumentIds: question.linkedDocumentIds.filter(
                          (other) => other !== id,
                        ),
                      })
                    }
                  />
                ))}
              </Box>
              <LinkDocumentsButton
                productIds={inquiry.productIds}
                selected={question.linkedDocumentIds}
                onChange={(linkedDocumentIds) => update({ ...question, linkedDocumentIds })}
              />
            </Stack>
          </Stack>
        ))}
      </Stack>
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {error}
        </Alert>
      )}
    </DetailCard>
  );
}
