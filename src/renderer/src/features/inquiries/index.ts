export { InquiriesPage } from './list/InquiriesPage';
export { InquiryDetailPage } from './detail/InquiryDetailPage';
export { BoothPage } from './booth/BoothPage';
