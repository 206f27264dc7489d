import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import type { ForwardingCountdown as Countdown } from '../../../../shared/safety/forwarding';

const minute = 60_000;

/** `1 d 4 h`, `3 h 20 min`, `12 min`: the two largest units of a duration. */
export function useDurationText(): (milliseconds: number) => string {
  const { t } = useTranslation();
  return (milliseconds) => {
    const minutes = Math.max(0, Math.floor(Math.abs(milliseconds) / minute));
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const parts = [
      days > 0 ? t('safetyReports.duration.days', { count: days }) : null,
      hours > 0 || days > 0 ? t('safetyReports.duration.hours', { count: hours }) : null,
      days === 0 ? t('safetyReports.duration.minutes', { count: minutes % 60 }) : null,
    ];
    return parts.filter(Boolean).join(' ');
  };
}

const colours = {
  pending: 'default',
  'due-soon': 'warning',
  overdue: 'error',
  'on-time': 'success',
  late: 'warning',
} as const;

/** The forwarding countdown as a chip: time left, warning near the end, overdue alarm after. */
export function ForwardingCountdown({ countdown }: { countdown: Countdown }): ReactNode {
  const { t } = useTranslation();
  const durationText = useDurationText();
  const label = t(`safetyReports.countdown.${countdown.state}`, {
    time: durationText(countdown.remainingMs),
  });
  return (
    <Chip
      size="small"
      color={colours[countdown.state]}
      variant={countdown.state === 'overdue' ? 'filled' : 'outlined'}
      label={label}
      data-testid="forwarding-countdown"
      data-state={countdown.state}
    />
  );
}
