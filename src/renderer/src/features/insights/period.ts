import { addCalendarDays } from '../../../../shared/domain';
import type { InsightsFilters } from '../../../../shared/insights';

export const periodPresets = ['last30', 'last90', 'last365', 'allTime', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

const presetDays: Record<Exclude<PeriodPreset, 'allTime' | 'custom'>, number> = {
  last30: 30,
  last90: 90,
  last365: 365,
};

/** The dates of a preset ending today (both ends included); custom keeps the given dates. */
export function periodOf(
  preset: PeriodPreset,
  today: string,
  custom: Pick<InsightsFilters, 'from' | 'to'>,
): Pick<InsightsFilters, 'from' | 'to'> {
  if (preset === 'custom') return custom;
  if (preset === 'allTime') return { from: null, to: null };
  return { from: addCalendarDays(today, 1 - presetDays[preset]), to: today };
}
