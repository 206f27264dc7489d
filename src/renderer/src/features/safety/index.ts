export { SafetyPage } from './SafetyPage';
export { NewSafetyReportPage, SafetyReportPage } from './SafetyReportPage';
export { SafetySignalsPanel } from './SafetySignalsPanel';
export type { SafetySignalsPanelProps } from './SafetySignalsPanel';
export { OverdueAlarm } from './OverdueAlarm';
export { ForwardingCountdown } from './ForwardingCountdown';
export { safetyReportPath } from './safety-paths';
