import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { screenText } from '../../../../shared/safety/screen';
import type { SafetySignal } from '../../../../shared/safety/signal';

/** How the panel tells its host what the officer decided about a signal. */
export type SafetySignalsPanelProps = {
  /** The inquiry text as typed; screened on every change. */
  text: string;
  /** The officer confirmed a signal: open an AE report or complaint (see safetyReportPath). */
  onOpenReport: (signal: SafetySignal) => void;
  /**
   * The officer dismissed a signal with a reason. The host stores the decision on its record,
   * whose write path audits it (PRODUCT.md: a dismissal needs a reason and is audited).
   */
  onDismiss?: (signal: SafetySignal, reason: string) => void;
};

const minimumReason = 5;

function signalKey(signal: SafetySignal): string {
  return `${signal.kind}:${signal.start}:${signal.end}`;
}

function labelOf(signal: SafetySignal, t: (key: string) => string): string {
  const kind = t(`safetyReports.signals.kind.${signal.kind}`);
  return signal.kind === 'special-situation'
    ? `${kind}: ${t(`safetyReports.options.situation.${signal.situation}`)}`
    : kind;
}

/** The text with the matched words marked. */
function Highlighted({
  text,
  signals,
}: {
  text: string;
  signals: readonly SafetySignal[];
}): ReactNode {
  const spans = [...signals]
    .sort((first, second) => first.start - second.start)
    .filter((signal, index, all) => index === 0 || signal.start >= (all[index - 1]?.end ?? 0));
  const parts: ReactNode[] = [];
  let position = 0;
  for (const span of spans) {
    parts.push(<Fragment key={`text-${position}`}>{text.slice(position, span.start)}</Fragment>);
    parts.push(
      <mark key={`mark-${span.start}`} data-testid="signal-highlight">
        {text.slice(span.start, span.end)}
      </mark>,
    );
    position = span.end;
  }
  parts.push(<Fragment key="rest">{text.slice(position)}</Fragment>);
  return (
    <Typography component="p" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
      {parts}
    </Typography>
  );
}

/**
 * Screens inquiry text while it is typed and shows what looks like safety information: the
 * matched words highlighted, each signal to confirm (opens a report) or dismiss with a reason.
 * Renders nothing when the text holds no signal.
 */
export function SafetySignalsPanel({
  text,
  onOpenReport,
  onDismiss,
}: SafetySignalsPanelProps): ReactNode {
  const { t } = useTranslation();
  const signals = useMemo(() => screenText(text), [text]);
  const [dismissed, setDismissed] = useState<ReadonlyMap<string, string>>(new Map());
  const [reasons, setReasons] = useState<Readonly<Record<string, string>>>({});
  if (signals.length === 0) return null;
  const dismiss = (signal: SafetySignal): void => {
    const reason = (reasons[signalKey(signal)] ?? '').trim();
    if (reason.length < minimumReason) return;
    setDismissed(new Map(dismissed).set(signalKey(signal), reason));
    onDismiss?.(signal, reason);
  };
  return (
    <Alert
      severity="warning"
      data-testid="safety-signals"
      sx={{ '& .MuiAlert-message': { width: '100%' } }}
    >
      <Typography variant="subtitle2">{t('safetyReports.signals.title')}</Typography>
      <Typography variant="caption">{t('safetyReports.signals.help')}</Typography>
      <Box sx={{ my: 1 }}>
        <Highlighted text={text} signals={signals} />
      </Box>
      <Stack spacing={1}>
        {signals.map((signal) => {
          const key = signalKey(signal);
          const reason = dismissed.get(key);
          return (
            <Stack
              key={key}
              direction="row"
              spacing={1}
              sx={{ alignItems: 'center', flexWrap: 'wrap' }}
              data-testid="safety-signal"
            >
              <Chip size="small" label={labelOf(signal, t)} />
              <Typography variant="body2">“{signal.matchedText}”</Typography>
              {reason === undefined ? (
                <>
                  <Button size="small" variant="contained" onClick={() => onOpenReport(signal)}>
                    {t('safetyReports.signals.confirm')}
                  </Button>
                  <TextField
                    size="small"
                    label={t('safetyReports.signals.dismissReason')}
                    value={reasons[key] ?? ''}
                    onChange={(event) => setReasons({ ...reasons, [key]: event.target.value })}
                  />
                  <Button
                    size="small"
                    disabled={(reasons[key] ?? '').trim().length < minimumReason}
                    onClick={() => dismiss(signal)}
                  >
                    {t('safetyReports.signals.dismiss')}
                  </Button>
                </>
              ) : (
                <Typography variant="caption">
                  {t('safetyReports.signals.dismissed', { reason })}
                </Typography>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Alert>
  );
}
