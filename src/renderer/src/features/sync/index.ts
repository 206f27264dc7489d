export { SyncPage } from './SyncPage';
export { SyncIssuePage } from './SyncIssuePage';
export { SyncSettingsCard } from './SyncSettingsCard';
