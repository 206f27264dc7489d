import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { HandwrittenSignature } from '../../../../shared/signatures';
import { createActor, createHandwrittenSignature } from '../../data';
import { useCurrentUser } from './session-store';
import type { HandwrittenSignatureRequest } from './SignatureProvider';

type HandwrittenSignatureDialogProps = {
  request: HandwrittenSignatureRequest;
  onDone: (signature: HandwrittenSignature | null) => void;
};

/**
 * An HCP signs on screen at the booth: their name and a drawn signature, bound to the content
 * (e.g. the questions they confirm asking) by hashes, with the signed-in officer as witness.
 * The signature is personal data: it is encrypted with the record when saved.
 */
export function HandwrittenSignatureDialog({
  request,
  onDone,
}: HandwrittenSignatureDialogProps): ReactNode {
  const { t } = useTranslation();
  const witness = useCurrentUser();
  const pad = useRef<SignaturePad | null>(null);
  const [signerName, setSignerName] = useState(request.signerName ?? '');
  const [hasDrawing, setHasDrawing] = useState(false);
  const attach = useCallback((canvas: HTMLCanvasElement | null) => {
    pad.current?.off();
    pad.current = null;
    if (!canvas) return;
    // White, not transparent: the PNG prints the same on any letterhead.
    const signaturePad = new SignaturePad(canvas, { backgroundColor: 'rgb(255, 255, 255)' });
    signaturePad.addEventListener('endStroke', () => setHasDrawing(!signaturePad.isEmpty()));
    pad.current = signaturePad;
  }, []);

  const confirm = (): void => {
    if (!pad.current || pad.current.isEmpty()) return;
    onDone(
      createHandwrittenSignature({
        witness: createActor(witness.id),
        signerName: signerName.trim(),
        image: pad.current.toDataURL('image/png'),
        meaning: request.meaning,
        binding: request.binding,
        record: request.record,
      }),
    );
  };

  return (
    <Dialog
      open
      onClose={() => onDone(null)}
      aria-labelledby="handwritten-title"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="handwritten-title">{t('identity.handwritten.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography>{request.statement}</Typography>
          <TextField
            label={t('identity.handwritten.signerName')}
            value={signerName}
            onChange={(event) => setSignerName(event.target.value)}
            required
          />
          <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: '#fff' }}>
            <canvas
              ref={attach}
              width={520}
              height={180}
              style={{ width: '100%', touchAction: 'none', display: 'block' }}
              aria-label={t('identity.handwritten.pad')}
            />
          </Box>
          <Typography variant="body2" color="text.secondary">
            {t('identity.handwritten.witness', {
              name: witness.displayName,
              meaning: t(`identity.meaning.${request.meaning}`),
            })}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() => {
            pad.current?.clear();
            setHasDrawing(false);
          }}
        >
          {t('identity.handwritten.clear')}
        </Button>
        <Button onClick={() => onDone(null)}>{t('identity.signature.cancel')}</Button>
        <Button
          variant="contained"
          onClick={confirm}
          disabled={!hasDrawing || signerName.trim() === ''}
        >
          {t('identity.handwritten.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
