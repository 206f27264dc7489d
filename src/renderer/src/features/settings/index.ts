export { SettingsPage } from './SettingsPage';
export { UpdateNotice } from './UpdateNotice';
