import { useLiveQuery } from 'dexie-react-hooks';
import type { Id, MeddraReleaseInfo, SafetyReport } from '../../../shared/schemas';
import { getMeddraReleaseInfo } from './meddra-repository';
import { listSafetyReportsOfInquiry } from './safety-reports-repository';
import { getDatabase } from './store';

/** The safety reports opened from one inquiry, oldest Day 0 first; undefined while loading. */
export function useSafetyReportsOfInquiry(inquiryId: Id): SafetyReport[] | undefined {
  const db = getDatabase();
  return useLiveQuery(async () => {
    const reports = await listSafetyReportsOfInquiry(db, inquiryId);
    return reports.sort((first, second) => first.reference.localeCompare(second.reference));
  }, [db, inquiryId]);
}

/** The MedDRA release imported on this device; null when none, undefined while loading. */
export function useMeddraReleaseInfo(): MeddraReleaseInfo | null | undefined {
  const db = getDatabase();
  return useLiveQuery(() => getMeddraReleaseInfo(db), [db]);
}
