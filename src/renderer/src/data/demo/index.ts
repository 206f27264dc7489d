export { seedDemoData, demoDocuments, demoInquiries } from './seed';
export { demoUserIds, demoUsers, demoSettings } from './company';
export type { DemoUserKey } from './company';
export { demoProducts } from './products';
export { removeDemoData, countChangesAfterDemoSeeding } from './remove';
