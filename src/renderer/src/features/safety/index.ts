export { SafetyPage } from './SafetyPage';
export { NewSafetyReportPage, SafetyReportPage } from './SafetyReportPage';
export { OverdueAlarm } from './OverdueAlarm';
export { ForwardingCountdown } from './ForwardingCountdown';
export { safetyReportPath } from './safety-paths';
export { SafetyDueCard } from './SafetyDueCard';
export { InquirySafetyReports } from './InquirySafetyReports';
export { MeddraReleaseCard } from './MeddraReleaseCard';
export { DismissalReasons, useDismissalReasons } from './DismissalReasons';
