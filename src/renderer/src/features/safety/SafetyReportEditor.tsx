import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import type { NewSafetyReport, SafetyReport } from '../../../../shared/schemas';
import { newSafetyReportSchema } from '../../../../shared/schemas';
import { useSafetyActions } from '../../data';
import { ComplaintSections } from './ComplaintSections';
import { CompletenessPanel } from './CompletenessPanel';
import { EventsSection } from './EventsSection';
import { EditorContext } from './fields';
import { FollowUpPanel } from './FollowUpPanel';
import { LifecyclePanel } from './LifecyclePanel';
import { PatientSection } from './PatientSection';
import { ProductsSection } from './ProductsSection';
import { ReporterSection } from './ReporterSection';
import { describeSaveError } from './save-errors';
import type { SaveFailure } from './save-errors';
import { SafetySidePanel } from './SafetySidePanel';
import { SituationsSection } from './SituationsSection';
import { useAffiliateCalendar, useSafetyPermissions } from './safety-context';
import { useReportUnsavedInput } from '../../app/unsaved-input';

type Props = {
  /** The content to edit: a blank report, or the stored one. */
  initial: NewSafetyReport;
  /** The stored report, once saved. */
  stored: SafetyReport | null;
  /** Creates or updates; throws what the repositories throw. */
  onSave: (report: NewSafetyReport) => Promise<void>;
};

/** The report form with the completeness panel and the Day 0 and forwarding side panel. */
export function SafetyReportEditor({ initial, stored, onSave }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<NewSafetyReport>(initial);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [isSaved, setSaved] = useState(false);
  const [hasChanges, setHasChanges] = useState(false);
  // An update never installs over a safety report being typed (src/shared/updates/gate.ts).
  useReportUnsavedInput('safety-report', hasChanges);
  const affiliate = useAffiliateCalendar();
  const actions = useSafetyActions(stored?.id);
  const permissions = useSafetyPermissions();
  const isReadOnly = stored !== null && stored.status !== 'flagged';
  const editorState = useMemo(
    () => ({ errors: failure?.fields ?? new Map<string, string>(), isReadOnly }),
    [failure, isReadOnly],
  );
  const change = (next: NewSafetyReport): void => {
    setDraft(next);
    setSaved(false);
    setHasChanges(true);
  };
  const save = async (): Promise<void> => {
    const parsed = newSafetyReportSchema.safeParse(draft);
    if (!parsed.success) {
      setFailure(describeSaveError(parsed.error));
      return;
    }
    try {
      await onSave(parsed.data);
      setFailure(null);
      setSaved(true);
      setHasChanges(false);
    } catch (error) {
      setFailure(describeSaveError(error));
    }
  };
  return (
    <EditorContext.Provider value={editorState}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            {isReadOnly && <Alert severity="info">{t('safetyReports.forwarding.immutable')}</Alert>}
            {draft.kind === 'adverse-event' ? (
              <>
                <ReporterSection
                  report={draft}
                  onChange={change}
                  seesContact={permissions.seesReporterContact}
                />
                <PatientSection report={draft} onChange={change} />
                <ProductsSection report={draft} onChange={change} isReadOnly={isReadOnly} />
                <EventsSection
                  report={draft}
                  onChange={change}
                  isReadOnly={isReadOnly}
                  language={i18n.language.slice(0, 2)}
                />
                <SituationsSection report={draft} onChange={change} />
              </>
            ) : (
              <ComplaintSections
                report={draft}
                onChange={change}
                seesContact={permissions.seesReporterContact}
              />
            )}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Stack spacing={2} sx={{ position: { md: 'sticky' }, top: { md: 16 } }}>
            {failure && (
              <Alert severity="error" data-testid="save-error">
                {t(failure.message)}
              </Alert>
            )}
            {isSaved && failure === null && (
              <Alert severity="success">{t('safetyReports.actions.saved')}</Alert>
            )}
            <SafetySidePanel
              draft={draft}
              stored={stored}
              onSave={save}
              isReadOnly={isReadOnly}
              onFailure={(error) => setFailure(describeSaveError(error))}
            />
            {draft.kind === 'adverse-event' && <CompletenessPanel report={draft} />}
            {stored && <LifecyclePanel report={stored} actions={actions ?? []} />}
            {affiliate && (
              <FollowUpPanel
                report={draft}
                reportId={stored?.id ?? null}
                actions={actions ?? []}
                calendar={affiliate.calendar}
              />
            )}
          </Stack>
        </Grid>
      </Grid>
    </EditorContext.Provider>
  );
}
