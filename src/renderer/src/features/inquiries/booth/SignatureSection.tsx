import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import type { UseFormReturn } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { HcpSignatureMeaning, Id } from '../../../../../shared/schemas';
import { inquirySignatureBinding, signedContentOf } from '../../../../../shared/domain';
import { createActor, signByHand } from '../../../data';
import type { BoothFields, BoothFormValues } from './booth-form';
import { reviewBoothSignatures, signableFields, signableOf } from './booth-record';
import { SignaturePad } from './SignaturePad';
import { SignatureList } from '../common/SignatureList';

type SignatureSectionProps = {
  form: UseFormReturn<BoothFormValues, unknown, BoothFields>;
  officerId: Id;
  hasValidSignature: boolean;
  isLocked: boolean;
  onUnlock: () => void;
  onSigned: () => void;
};

/**
 * The HCP signs on screen to confirm the request (and, off-label, that they asked on their own
 * initiative). The signature is bound to the fields as they are; the form then locks them.
 */
export function SignatureSection(props: SignatureSectionProps): ReactNode {
  const { form, officerId, hasValidSignature, isLocked, onUnlock, onSigned } = props;
  const { t } = useTranslation();
  const values = useWatch({ control: form.control });
  const [signerName, setSignerName] = useState<string | null>(null);
  const [hasDrawing, setHasDrawing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const pad = useRef<{ toImage: () => string | null; clear: () => void } | null>(null);
  const onReady = useCallback((ready: { toImage: () => string | null; clear: () => void }) => {
    pad.current = ready;
  }, []);
  const name = signerName ?? values.name ?? '';
  const meaning: HcpSignatureMeaning = values.isOffLabel
    ? 'unsolicited-request'
    : 'request-confirmation';

  const sign = async (): Promise<void> => {
    const fields = signableFields(form.getValues());
    if (fields === null) {
      await form.trigger();
      setProblem('booth.completeBeforeSigning');
      return;
    }
    const image = pad.current?.toImage() ?? null;
    if (image === null) return setProblem('inquiryFormErrors.padEmpty');
    if (name.trim() === '') return setProblem('inquiryFormErrors.printedNameRequired');
    // The e-signature service seals it: content, name, drawing, meaning and witness by hashes.
    const { seal, personal } = signByHand({
      binding: inquirySignatureBinding(fields.inquiryId),
      record: signedContentOf(signableOf(fields)),
      witness: createActor(officerId),
      signerName: name,
      image,
      meaning,
    });
    const signed = { signature: { ...seal, meaning }, personal };
    form.setValue('signatures', [...form.getValues('signatures'), signed], {
      shouldValidate: true,
    });
    pad.current?.clear();
    setProblem(null);
    onSigned();
  };

  const signatureError = form.formState.errors.signatures?.message;
  return (
    <Stack spacing={2}>
      <SignatureList reviews={reviewBoothSignatures(form.getValues())} />
      {hasValidSignature && isLocked ? (
        <Alert severity="success" action={<Button onClick={onUnlock}>{t('booth.unlock')}</Button>}>
          {t('booth.lockedHint')}
        </Alert>
      ) : (
        <>
          <Typography variant="body1" sx={{ fontWeight: 600 }}>
            {t(
              meaning === 'unsolicited-request'
                ? 'hcpSignatureMeaning.unsolicited-request'
                : 'hcpSignatureMeaning.request-confirmation',
            )}
          </Typography>
          <TextField
            label={t('booth.printedName')}
            value={name}
            onChange={(event) => setSignerName(event.target.value)}
            fullWidth
          />
          <SignaturePad
            label={t('booth.padLabel')}
            isDisabled={false}
            onDrawnChange={setHasDrawing}
            onReady={onReady}
          />
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              size="large"
              disabled={!hasDrawing}
              onClick={() => void sign()}
            >
              {t('booth.sign')}
            </Button>
            <Button size="large" onClick={() => pad.current?.clear()}>
              {t('booth.clear')}
            </Button>
          </Stack>
        </>
      )}
      {problem && <FormHelperText error>{t(problem)}</FormHelperText>}
      {signatureError && !hasValidSignature && (
        <FormHelperText error data-testid="signature-error">
          {t(signatureError)}
        </FormHelperText>
      )}
    </Stack>
  );
}
