import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { Id, ResponseDocument } from '../../../../shared/schemas';
import {
  createActor,
  createNextDocumentVersion,
  getDatabase,
  retireDocument,
  returnDocumentToDraft,
  submitDocumentForReview,
} from '../../data';
import type { User } from '../../../../shared/schemas';
import { ApproveDocumentButton } from './ApproveDocumentButton';

type WorkflowProps = { document: ResponseDocument; user: User; onOpen: (id: Id) => void };

/** The steps a content approver may take from the document's status. */
export function DocumentWorkflowActions({ document, user, onOpen }: WorkflowProps): ReactNode {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const run = (step: () => Promise<ResponseDocument>, openResult = false): void => {
    setProblem(null);
    step()
      .then((result) => {
        if (openResult) onOpen(result.id);
      })
      .catch((error: unknown) => {
        setProblem(
          t('library.workflow.failed', {
            message: error instanceof Error ? error.message : String(error),
          }),
        );
      });
  };
  const db = getDatabase();
  const actor = (): ReturnType<typeof createActor> => createActor(user.id);
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {document.status === 'draft' && (
          <Button
            variant="outlined"
            onClick={() => run(() => submitDocumentForReview(db, document.id, actor()))}
          >
            {t('library.workflow.submit')}
          </Button>
        )}
        {document.status === 'in-review' && (
          <>
            <ApproveDocumentButton document={document} signer={user} />
            <Button onClick={() => run(() => returnDocumentToDraft(db, document.id, actor()))}>
              {t('library.workflow.returnToDraft')}
            </Button>
          </>
        )}
        {document.status === 'approved' && (
          <Button
            color="warning"
            onClick={() => run(() => retireDocument(db, document.id, actor()))}
          >
            {t('library.workflow.retire')}
          </Button>
        )}
        {(document.status === 'approved' || document.status === 'retired') && (
          <Button
            onClick={() => run(() => createNextDocumentVersion(db, document.id, actor()), true)}
          >
            {t('library.workflow.newVersion')}
          </Button>
        )}
      </Stack>
      {problem !== null && <Alert severity="error">{problem}</Alert>}
    </Stack>
  );
}
