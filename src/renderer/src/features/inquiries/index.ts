export { InquiriesPage } from './InquiriesPage';
