import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DocumentApprovalSignature, ResponseDocument } from '../../../../shared/schemas';
import { approvalSignedFields, documentContentHash } from '../../../../shared/library/approval';
import { approveDocument, createActor, getDatabase } from '../../data';
import { useSignatureDialog } from '../identity';
import type { User } from '../../../../shared/schemas';

type ApproveDocumentButtonProps = { document: ResponseDocument; signer: User };

/** "Approve": shows what will be signed, asks the signature service, stores the approval. */
export function ApproveDocumentButton({ document, signer }: ApproveDocumentButtonProps): ReactNode {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const contentHash = documentContentHash(document);
  const { requestSignature } = useSignatureDialog();
  const sign = async (): Promise<void> => {
    // The identity service asks for the password and signs exactly these fields (21 CFR 11.70).
    const signature = await requestSignature({
      meaning: 'approved',
      statement: t('library.approve.statement', {
        title: document.title,
        version: document.version,
      }),
      binding: { table: 'documents', recordId: document.id, fields: [...approvalSignedFields] },
      record: document,
    });
    if (signature === null) return;
    const approval: DocumentApprovalSignature = {
      signerUserId: signature.signerUserId,
      printedName: signature.printedName,
      meaning: 'approved',
      signedAt: signature.signedAt,
      contentHash,
      method: 'password',
    };
    await approveDocument(getDatabase(), document.id, approval, createActor(signer.id), signature);
    setOpen(false);
  };
  return (
    <>
      <Button variant="contained" onClick={() => setOpen(true)} data-testid="approve-document">
        {t('library.approve.button')}
      </Button>
      <Dialog open={isOpen} onClose={() => setOpen(false)} aria-labelledby="approve-title">
        <DialogTitle id="approve-title">
          {t('library.approve.title', { title: document.title, version: document.version })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={1}>
            <Typography>{t('library.approve.explanation')}</Typography>
            <Typography variant="body2">
              {t('library.approve.signer')}: {signer.displayName}
            </Typography>
            <Typography variant="body2">
              {t('library.approve.meaning')}: {t('library.approve.meaningApproved')}
            </Typography>
            <Typography variant="caption" sx={{ wordBreak: 'break-all' }}>
              {t('library.view.hash')}: {contentHash}
            </Typography>
            {message !== null && <Alert severity="warning">{message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('library.approve.cancel')}</Button>
          <Button
            variant="contained"
            onClick={() => {
              sign().catch((error: unknown) =>
                setMessage(error instanceof Error ? error.message : String(error)),
              );
            }}
          >
            {t('library.approve.sign')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
