import { useDeferredValue, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, useWatch } from 'react-hook-form';
import type { DeepPartialSkipArrayKey } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Inquiry, Product, Settings } from '../../../../../shared/schemas';
import type { DuplicateSubject } from '../../../../../shared/domain';
import { getDatabase, useAutosave } from '../../../data';
import { currentActor } from '../../../app/session';
import { useReportUnsavedInput } from '../../../app/unsaved-input';
import type { BoothFields, BoothFormValues } from './booth-form';
import { boothFormSchema, signableFields, validBoothSignature } from './booth-record';
import { boothDraftId, saveBoothInquiry } from './save-booth-inquiry';
import { BoothSection } from './BoothSection';
import { ProductChoice, RequestSection } from './RequestSection';
import { QuestionsSection } from './QuestionsSection';
import { RequesterSection } from './RequesterSection';
import { SafetySection } from './SafetySection';
import { SignatureSection } from './SignatureSection';
import { DuplicateWarning } from '../common/DuplicateWarning';
import { formatDateTime } from '../../../components/formatting';

type BoothFormProps = {
  initialValues: BoothFormValues;
  products: readonly Product[];
  settings: Settings;
  onSaved: (inquiry: Inquiry) => void;
};

function duplicateSubjectOf(
  values: DeepPartialSkipArrayKey<BoothFormValues>,
): DuplicateSubject | null {
  if (!values.productId || !values.startedAt) return null;
  return {
    id: null,
    receivedAt: values.startedAt,
    productIds: [values.productId],
    email: values.email ?? null,
    name: values.name ?? null,
    // The opening of each question is enough to compare; 100 KB would be compared on every key.
    questionTexts: (values.questions ?? []).map((question) =>
      (question.text ?? '').slice(0, 2_000),
    ),
  };
}

function duplicateSubjectFromText(text: string): DuplicateSubject | null {
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null ? (parsed as DuplicateSubject) : null; // made by duplicateSubjectOf above
}

/**
 * The booth quick-capture form: kept as a draft while typed, locked once the HCP signs, saved
 * with Ctrl+Enter, after which the next request starts at once.
 */
export function BoothForm({
  initialValues,
  products,
  settings,
  onSaved,
}: BoothFormProps): ReactNode {
  const { t, i18n } = useTranslation();
  const form = useForm<BoothFormValues, unknown, BoothFields>({
    resolver: zodResolver(boothFormSchema),
    defaultValues: initialValues,
    mode: 'onTouched',
  });
  const values = useWatch({ control: form.control });
  const autosave = useAutosave({ draftId: boothDraftId, targetId: null, values, isEnabled: true });
  // An update never installs over a booth request being typed (src/shared/updates/gate.ts).
  useReportUnsavedInput('booth-capture', form.formState.isDirty);
  // Hashing the signed content is only needed once there is a signature to check.
  const signable = (values.signatures?.length ?? 0) > 0 ? signableFields(values) : null;
  const hasValidSignature = signable !== null && validBoothSignature(signable) !== null;
  const duplicateSubject = useDeferredValue(JSON.stringify(duplicateSubjectOf(values)));
  const [isUnlocked, setUnlocked] = useState(false);
  const isLocked = hasValidSignature && !isUnlocked;
  const [saveError, setSaveError] = useState<string | null>(null);
  const [hasErrors, setHasErrors] = useState(false);

  const submit = form.handleSubmit(
    async (fields) => {
      setHasErrors(false);
      try {
        const inquiry = await saveBoothInquiry(
          getDatabase(),
          fields,
          { businessDays: settings.dueDateBusinessDays },
          currentActor(),
        );
        onSaved(inquiry);
      } catch (error) {
        setSaveError(error instanceof Error ? error.message : String(error));
      }
    },
    () => setHasErrors(true),
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        void submit();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [submit]);

  const linkedIds = values.linkedInquiryIds ?? [];
  return (
    <Stack
      component="form"
      spacing={3}
      noValidate
      onSubmit={(event) => void submit(event)}
      data-testid="booth-form"
    >
      <BoothSection title={t('booth.sections.requester')}>
        <RequesterSection control={form.control} setValue={form.setValue} isLocked={isLocked} />
      </BoothSection>
      <BoothSection title={t('booth.sections.questions')}>
        <Stack spacing={2}>
          <ProductChoice control={form.control} products={products} isLocked={isLocked} />
          <QuestionsSection control={form.control} isLocked={isLocked} />
        </Stack>
      </BoothSection>
      <DuplicateWarning
        subject={duplicateSubjectFromText(duplicateSubject)}
        windowDays={settings.duplicateWindowDays}
        linkedIds={linkedIds.filter((id): id is string => typeof id === 'string')}
        onLink={(id) =>
          form.setValue('linkedInquiryIds', [...form.getValues('linkedInquiryIds'), id])
        }
      />
      <BoothSection title={t('booth.sections.request')}>
        <RequestSection control={form.control} isLocked={isLocked} />
      </BoothSection>
      <BoothSection title={t('booth.sections.safety')}>
        <SafetySection control={form.control} />
      </BoothSection>
      <BoothSection title={t('booth.sections.signature')}>
        <SignatureSection
          form={form}
          officerId={currentActor().userId}
          hasValidSignature={hasValidSignature}
          isLocked={isLocked}
          onUnlock={() => setUnlocked(true)}
          onSigned={() => setUnlocked(false)}
        />
      </BoothSection>
      {hasErrors && <Alert severity="error">{t('booth.fixErrors')}</Alert>}
      {saveError && (
        <Alert severity="error" role="alert" data-testid="save-error">
          {t('booth.saveFailed', { message: saveError })}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={form.formState.isSubmitting}
          sx={{ minHeight: 56, px: 4 }}
        >
          {t('booth.save')}
        </Button>
        <Typography variant="body2" color="text.secondary" data-testid="autosave-state">
          {autosave.error
            ? t('booth.autosaveFailed', { message: autosave.error.message })
            : autosave.savedAt
              ? t('booth.autosaved', { time: formatDateTime(autosave.savedAt, i18n.language) })
              : ''}
        </Typography>
      </Stack>
    </Stack>
  );
}
