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
import { documentContentHash } from '../../../../shared/library/approval';
import { approveDocument, createActor, getDatabase } from '../../data';
import type { SessionUser } from '../../app/session';

/**
 * THE place where approval meets the e-signature service of the identity issue. It must ask
 * the signer for user ID and password (21 CFR 11.200) and return the signature for exactly this
 * content (meaning "approved", `contentHash`), or null when the signer cancels or the password
 * is wrong. Until the service is wired in, no signature can be made here.
 */
async function requestApprovalSignature(
  _document: ResponseDocument,
  _contentHash: string,
  _signer: SessionUser,
): Promise<DocumentApprovalSignature | null> {
  return Promise.resolve(null);
}

type ApproveDocumentButtonProps = { document: ResponseDocument; signer: SessionUser };

/** "Approve": shows what will be signed, asks the signature service, stores the approval. */
export function ApproveDocumentButton({ document, signer }: ApproveDocumentButtonProps): ReactNode {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const contentHash = documentContentHash(document);
  const sign = async (): Promise<void> => {
    const signature = await requestApprovalSignature(document, contentHash, signer);
    if (signature === null) {
      setMessage(t('library.approve.notConnected'));
      return;
    }
    await approveDocument(getDatabase(), document.id, signature, createActor(signer.userId));
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
