import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { screenText } from '../../../../../shared/safety';
import type { SafetySignal } from '../../../../../shared/safety';
import { useDebouncedValue } from './use-debounced-value';

/** The catalog key that names a signal, e.g. `inquiryScreening.special.pregnancy`. */
export function signalLabelKey(signal: SafetySignal): string {
  return signal.kind === 'special-situation'
    ? `inquiryScreening.special.${signal.situation}`
    : `inquiryScreening.${signal.kind}`;
}

/** Chips shown at most; a pasted 100 KB e-mail can hold hundreds of matches. */
const mostChips = 12;
/** The highlighted preview covers the opening of the text. */
const previewLength = 4_000;

/** The text split into plain runs and highlighted signal spans (non-overlapping, in order). */
function segments(
  text: string,
  signals: readonly SafetySignal[],
): { text: string; signal?: SafetySignal }[] {
  const parts: { text: string; signal?: SafetySignal }[] = [];
  let cursor = 0;
  for (const signal of signals) {
    if (signal.start < cursor) continue;
    if (signal.start > cursor) parts.push({ text: text.slice(cursor, signal.start) });
    parts.push({ text: text.slice(signal.start, signal.end), signal });
    cursor = signal.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });
  return parts;
}

/**
 * Safety screening of free text as the officer types (src/shared/safety): the words that look
 * like an adverse event, a complaint or a special situation are highlighted, and named below.
 * The text is rendered as React text nodes, so any markup in it is shown, never run. Screening
 * runs once typing pauses, so typing stays fluid even with 100 KB.
 */
export function ScreenedText({ text, label }: { text: string; label?: string }): ReactNode {
  const { t } = useTranslation();
  const deferred = useDebouncedValue(text);
  const signals = useMemo(() => screenText(deferred), [deferred]);
  if (signals.length === 0) return null;
  const preview = deferred.slice(0, previewLength);
  const shown = signals.filter((signal) => signal.end <= preview.length);
  return (
    <Box role="status" data-testid="screening-signals" sx={{ mt: 1 }}>
      <Typography variant="body2" color="warning.main" sx={{ fontWeight: 600 }}>
        {label ?? t('inquiryScreening.found')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', my: 0.5 }}>
        {signals.slice(0, mostChips).map((signal) => (
          <Chip
            key={`${signal.start}-${signal.end}-${signalLabelKey(signal)}`}
            size="small"
            color="warning"
            variant="outlined"
            label={`${t(signalLabelKey(signal))}: “${signal.matchedText}”`}
          />
        ))}
      </Stack>
      <Typography
        variant="body2"
        sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 160, overflow: 'auto' }}
      >
        {segments(preview, shown).map((part, index) =>
          part.signal ? (
            <Box component="mark" key={index} sx={{ bgcolor: 'warning.light', px: 0.25 }}>
              {part.text}
            </Box>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
        {deferred.length > preview.length ? '…' : ''}
      </Typography>
      {signals.length > mostChips && (
        <Typography variant="caption" color="text.secondary">
          {t('inquiryScreening.more', { count: signals.length - mostChips })}
        </Typography>
      )}
    </Box>
  );
}
