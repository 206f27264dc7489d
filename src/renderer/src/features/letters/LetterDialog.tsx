import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { customResponseSignatureTable, letterContentHash } from '../../../../shared/documents';
import type { ElectronicSignature } from '../../../../shared/signatures';
import { currentActor } from '../../app/session';
import { getDatabase, listSignatures, submitCustomResponse } from '../../data';
import { useSignatureDialog } from '../identity';
import { LetterPreview } from './LetterPreview';
import { LetterProblems, LetterSetup } from './LetterSetup';
import { printLetter, renderLetter, saveLetterPdf } from './letter-output';
import { signAndSaveLetter, type SignedLetter } from './send-letter';
import {
  customTextsOf,
  useLetterDraft,
  type LetterDraft,
  type LetterSources,
} from './use-letter-draft';

type Stage =
  | { kind: 'editing' }
  | { kind: 'email-saved'; signed: SignedLetter }
  | { kind: 'sent' }
  | { kind: 'submitted' };

/** The review signature of a reviewed custom response, loaded from the store. */
function useReviewSignature(draft: LetterDraft): ElectronicSignature | null {
  const [signature, setSignature] = useState<ElectronicSignature | null>(null);
  const reviewed = draft.reviewed;
  useEffect(() => {
    if (!reviewed?.reviewSignatureId) return;
    let isCurrent = true;
    void listSignatures(getDatabase(), {
      table: customResponseSignatureTable,
      recordId: reviewed.id,
    }).then((found) => {
      const match = found.find((one) => one.id === reviewed.reviewSignatureId);
      if (isCurrent && match?.kind === 'electronic') setSignature(match);
    });
    return () => {
      isCurrent = false;
    };
  }, [reviewed]);
  return reviewed ? signature : null;
}

/** The letter screen: set up, check, preview, save, print, and sign to send (or submit for review). */
export function LetterDialog({
  sources,
  onClose,
}: {
  sources: LetterSources;
  onClose: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const { requestSignature } = useSignatureDialog();
  const draft = useLetterDraft(sources);
  const reviewSignature = useReviewSignature(draft);
  // The PDF with the hash of the content it shows: a preview of text since edited is not shown.
  const [rendered, setRendered] = useState<{ pdf: Uint8Array; contentHash: string } | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'editing' });
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { inquiry } = sources;
  const input = draft.input;
  const contentHash = input ? letterContentHash(input) : null;
  const pdf =
    rendered && (stage.kind !== 'editing' || rendered.contentHash === contentHash)
      ? rendered.pdf
      : null;
  const setPdf = (bytes: Uint8Array): void =>
    setRendered({ pdf: bytes, contentHash: contentHash ?? '' });
  const isReady = input !== null && draft.problems.length === 0;
  const needsReview = draft.isCustom && !draft.reviewed;

  const run = (action: () => Promise<void>): void => {
    setBusy(true);
    setError(null);
    action()
      .catch((caught: unknown) =>
        setError(caught instanceof Error ? caught.message : String(caught)),
      )
      .finally(() => setBusy(false));
  };
  const preview = (): void =>
    run(async () => {
      if (input) setPdf(await renderLetter(input));
    });
  const save = (): void =>
    run(async () => {
      if (!input) return;
      const bytes = pdf ?? (await renderLetter(input));
      setPdf(bytes);
      await saveLetterPdf(input, bytes);
    });
  const submit = (): void =>
    run(async () => {
      if (!input || !draft.language) return;
      await submitCustomResponse(
        getDatabase(),
        inquiry.id,
        {
          method: draft.method,
          language: draft.language,
          documentIds: draft.documents.map((document) => document.id),
          texts: customTextsOf(draft),
        },
        currentActor(),
      );
      setStage({ kind: 'submitted' });
    });
  const send = (): void =>
    run(async () => {
      if (!input) return;
      const documentIds = draft.documents.map((document) => document.id);
      const signed = await signAndSaveLetter({
        inquiry,
        input,
        documentIds,
        author: sources.author,
        statement: t('letterWriting.sendStatement', {
          reference: inquiry.reference,
          documents: draft.documents
            .map((document) => document.reference ?? document.title)
            .join(', '),
        }),
        review:
          draft.reviewed && reviewSignature
            ? { custom: draft.reviewed, signature: reviewSignature }
            : null,
        requestSignature,
      });
      if (!signed) return;
      setPdf(signed.pdf);
      if (input.inquiry.responseMethod === 'email') {
        setStage({ kind: 'email-saved', signed });
        return;
      }
      await signed.record();
      setStage({ kind: 'sent' });
    });
  const confirmEmail = (signed: SignedLetter): void =>
    run(async () => {
      await signed.record();
      setStage({ kind: 'sent' });
    });

  return (
    <Dialog open fullWidth maxWidth="lg" onClose={onClose} data-testid="letter-dialog">
      <DialogTitle>{t('letterWriting.title', { reference: inquiry.reference })}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          {stage.kind === 'editing' && <LetterSetup draft={draft} />}
          {stage.kind === 'editing' && <LetterProblems problems={draft.problems} />}
          {stage.kind === 'email-saved' && (
            <Alert severity="info">{t('letterWriting.emailSaved')}</Alert>
          )}
          {stage.kind === 'sent' && (
            <Alert severity="success" data-testid="letter-sent">
              {t('letterWriting.sent')}
            </Alert>
          )}
          {stage.kind === 'submitted' && (
            <Alert severity="success" data-testid="letter-submitted">
              {t('letterWriting.submitted')}
            </Alert>
          )}
          {error && <Alert severity="error">{error}</Alert>}
          {pdf && <LetterPreview pdf={pdf} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        {stage.kind === 'editing' && (
          <>
            <Button
              onClick={preview}
              disabled={!isReady || isBusy}
              data-testid="letter-preview-button"
            >
              {isBusy ? t('letterWriting.working') : t('letterWriting.preview')}
            </Button>
            <Button onClick={save} disabled={!isReady || isBusy} data-testid="letter-save">
              {t('letterWriting.save')}
            </Button>
            <Button onClick={() => void printLetter()} disabled={!pdf} data-testid="letter-print">
              {t('letterWriting.print')}
            </Button>
            {needsReview ? (
              <Button
                variant="contained"
                onClick={submit}
                disabled={!isReady || isBusy}
                data-testid="letter-submit-review"
              >
                {t('letterWriting.submitForReview')}
              </Button>
            ) : (
              <Button
                variant="contained"
                onClick={send}
                disabled={!isReady || isBusy || (draft.reviewed !== null && !reviewSignature)}
                data-testid="letter-send"
              >
                {t('letterWriting.send')}
              </Button>
            )}
          </>
        )}
        {stage.kind === 'email-saved' && (
          <Button
            variant="contained"
            onClick={() => confirmEmail(stage.signed)}
            disabled={isBusy}
            data-testid="letter-confirm-email"
          >
            {t('letterWriting.confirmSent')}
          </Button>
        )}
        <Button onClick={onClose} data-testid="letter-close">
          {t('letterWriting.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
