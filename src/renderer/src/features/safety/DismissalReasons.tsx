import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { screenText } from '../../../../shared/safety';
import { dismissedKinds } from '../../../../shared/safety/screen-decision';
import type { ScreenAnswers } from '../../../../shared/safety/screen-decision';
import type { SafetySignalKind } from '../../../../shared/safety/signal';
import type { SafetyDismissal } from '../../../../shared/schemas';
import { formatDateTime } from '../../components/formatting';

const minimumReason = 5;

export type DismissalReasonsState = {
  /** Flagged kinds answered "no" that have no recorded reason yet. */
  pending: SafetySignalKind[];
  reasons: Partial<Record<SafetySignalKind, string>>;
  setReason: (kind: SafetySignalKind, reason: string) => void;
  /** Every pending kind has a reason long enough. */
  isComplete: boolean;
  /** What to save with the answers. */
  dismissals: { kind: SafetySignalKind; reason: string }[];
};

/**
 * The reasons a dismissal needs (issue 7): screening ran over the inquiry's text; each flagged
 * kind the officer answers "no" to, and not yet explained, asks why.
 */
export function useDismissalReasons(
  text: string,
  answers: Partial<ScreenAnswers>,
  recorded: readonly SafetyDismissal[],
): DismissalReasonsState {
  const signals = useMemo(() => screenText(text), [text]);
  const [reasons, setReasons] = useState<Partial<Record<SafetySignalKind, string>>>({});
  const explained = new Set(recorded.map((dismissal) => dismissal.kind));
  const pending = dismissedKinds(signals, answers).filter((kind) => !explained.has(kind));
  const reasonOf = (kind: SafetySignalKind): string => (reasons[kind] ?? '').trim();
  return {
    pending,
    reasons,
    setReason: (kind, reason) => setReasons({ ...reasons, [kind]: reason }),
    isComplete: pending.every((kind) => reasonOf(kind).length >= minimumReason),
    dismissals: pending.map((kind) => ({ kind, reason: reasonOf(kind) })),
  };
}

/** The reason fields of the pending dismissals and the dismissals already recorded. */
export function DismissalReasons({
  state,
  recorded,
}: {
  state: DismissalReasonsState;
  recorded: readonly SafetyDismissal[];
}): ReactNode {
  const { t, i18n } = useTranslation();
  return (
    <Stack spacing={1}>
      {state.pending.length > 0 && (
        <Alert severity="warning">{t('safetyWorkflow.screen.unexplained')}</Alert>
      )}
      {state.pending.map((kind) => {
        const reason = state.reasons[kind] ?? '';
        const isShort = reason.trim() !== '' && reason.trim().length < minimumReason;
        return (
          <TextField
            key={kind}
            size="small"
            label={t(`safetyWorkflow.screen.reason.${kind}`)}
            value={reason}
            onChange={(event) => state.setReason(kind, event.target.value)}
            error={isShort}
            helperText={isShort ? t('safetyWorkflow.screen.reasonShort') : undefined}
            multiline
            slotProps={{ htmlInput: { 'data-testid': `dismiss-reason-${kind}` } }}
          />
        );
      })}
      {recorded.map((dismissal) => (
        <Typography
          key={`${dismissal.kind}-${dismissal.at}`}
          variant="caption"
          color="text.secondary"
          data-testid="recorded-dismissal"
        >
          {t('safetyWorkflow.screen.dismissed', {
            kind: t(`safetyReports.signals.kind.${dismissal.kind}`),
            time: formatDateTime(dismissal.at, i18n.language),
            reason: dismissal.reason,
          })}
        </Typography>
      ))}
    </Stack>
  );
}
