export { seedDemoData, demoDocuments, demoInquiries } from './seed';
export { demoUserIds, demoUsers, demoSettings, demoPassword } from './company';
export type { DemoUserKey } from './company';
export { demoProducts } from './products';
export { provisionDemo, hasDemoAccounts } from './provision';
export { removeDemoData, countChangesAfterDemoSeeding } from './remove';
