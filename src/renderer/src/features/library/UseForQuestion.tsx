import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { Id, ResponseDocument } from '../../../../shared/schemas';
import { healthCareProfessionalTypes } from '../../../../shared/schemas';
import { createActor, getDatabase, recordDocumentUse, useInquiry } from '../../data';
import type { User } from '../../../../shared/schemas';
import { DocumentPicker } from './DocumentPicker';

type UseForQuestionProps = {
  inquiryId: Id;
  questionId: Id;
  user: User;
  onDone: () => void;
};

/**
 * "Use in response" reached by link (`/library?inquiry=…&question=…`): the picker, narrowed to
 * the inquiry's products and the requester's audience; the chosen document's use is recorded
 * against the question — sent, or read out when the requester wanted a verbal answer.
 */
export function UseForQuestion({
  inquiryId,
  questionId,
  user,
  onDone,
}: UseForQuestionProps): ReactNode {
  const { t } = useTranslation();
  const inquiry = useInquiry(inquiryId);
  const [isOpen, setOpen] = useState(true);
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error'; text: string } | null>(
    null,
  );
  if (inquiry === undefined) return null;
  if (inquiry === null) return <Alert severity="error">{t('library.useFor.missing')}</Alert>;
  const isHealthCareProfessional = (healthCareProfessionalTypes as readonly string[]).includes(
    inquiry.requester.type,
  );
  const kind = inquiry.preferredResponseMethod === 'verbal' ? 'verbal' : 'sent';
  const use = async (document: ResponseDocument): Promise<void> => {
    try {
      await recordDocumentUse(
        getDatabase(),
        { documentId: document.id, inquiryId, questionId, kind },
        createActor(user.id),
      );
      setOpen(false);
      setOutcome({
        severity: 'success',
        text: t('library.useFor.recorded', { title: document.title, reference: inquiry.reference }),
      });
    } catch (error) {
      setOutcome({
        severity: 'error',
        text: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return (
    <>
      <Alert
        severity={outcome?.severity ?? 'info'}
        data-testid="use-for-question"
        action={
          <Button
            color="inherit"
            size="small"
            onClick={isOpen || outcome?.severity === 'success' ? onDone : () => setOpen(true)}
          >
            {outcome?.severity === 'success'
              ? t('library.useFor.done')
              : t('library.useFor.choose')}
          </Button>
        }
        sx={{ mb: 2 }}
      >
        {outcome?.text ?? t('library.useFor.explanation', { reference: inquiry.reference })}
      </Alert>
      <DocumentPicker
        open={isOpen}
        onClose={() => setOpen(false)}
        productIds={inquiry.productIds}
        audience={isHealthCareProfessional ? 'hcp' : 'patient'}
        onPick={(document) => void use(document)}
      />
    </>
  );
}
