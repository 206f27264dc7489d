import { systemUserId } from '../../../../shared/schemas';
import type { CongressEvent, Id, Settings, User } from '../../../../shared/schemas';

/*
 * The fictional company of the demo. Every name, address and number here is invented; e-mail
 * addresses use the reserved `.example` top-level domain.
 */

export const demoSettings: Settings = {
  id: 'device',
  letterhead: {
    companyName: 'Halvorsen Pharma GmbH',
    department: 'Medical Information',
    addressLines: ['Fjordallee 12', '80333 München', 'Germany'],
    phone: '+49 89 0000 4200',
    email: 'medinfo@halvorsen-pharma.example',
    website: 'www.halvorsen-pharma.example',
  },
  affiliateCountry: 'DE',
  language: 'en',
  theme: 'system',
  dueDateBusinessDays: { urgent: 1, high: 2, normal: 5, low: 10 },
  currentEventId: null,
  duplicateWindowDays: 30,
  lockAfterIdleMinutes: 10,
};

/** Fixed ids so the UI can offer "sign in as" for the demo accounts before real sign-in exists. */
export const demoUserIds = {
  system: systemUserId,
  fieldOfficer: '01930000-0000-7000-8000-000000000001',
  miSpecialist: '01930000-0000-7000-8000-000000000002',
  contentApprover: '01930000-0000-7000-8000-000000000003',
  pvLiaison: '01930000-0000-7000-8000-000000000004',
  admin: '01930000-0000-7000-8000-000000000005',
} as const satisfies Record<string, Id>;

export type DemoUserKey = keyof typeof demoUserIds;

type DemoUser = Omit<User, 'createdAt' | 'updatedAt'>;

/**
 * The password of every demo account, shown on the sign-in screen only while the store holds
 * the demo (decision 0010). Never use a demo store for real data.
 */
export const demoPassword = 'halvorsen-demo-2026';

const withoutKeys = { managesDeviceAccounts: false, signingKeys: [], passwordChangedAt: null };

export const demoUsers: readonly DemoUser[] = [
  {
    id: demoUserIds.system,
    username: 'system',
    displayName: 'System (demo data)',
    jobTitle: 'Automated process',
    email: null,
    role: 'admin',
    serverUserId: null,
    isActive: true,
    ...withoutKeys,
  },
  {
    id: demoUserIds.fieldOfficer,
    username: 'maja.lindqvist',
    displayName: 'Maja Lindqvist',
    jobTitle: 'Medical Information Officer, field',
    email: 'maja.lindqvist@halvorsen-pharma.example',
    role: 'field-officer',
    serverUserId: null,
    isActive: true,
    ...withoutKeys,
  },
  {
    id: demoUserIds.miSpecialist,
    username: 'tobias.berger',
    displayName: 'Dr. Tobias Berger',
    jobTitle: 'Senior Medical Information Specialist',
    email: 'tobias.berger@halvorsen-pharma.example',
    role: 'mi-specialist',
    serverUserId: null,
    isActive: true,
    ...withoutKeys,
  },
  {
    id: demoUserIds.contentApprover,
    username: 'claire.fontaine',
    displayName: 'Dr. Claire Fontaine',
    jobTitle: 'Medical Reviewer',
    email: 'claire.fontaine@halvorsen-pharma.example',
    role: 'content-approver',
    serverUserId: null,
    isActive: true,
    ...withoutKeys,
  },
  {
    id: demoUserIds.pvLiaison,
    username: 'jonas.weber',
    displayName: 'Jonas Weber',
    jobTitle: 'Drug Safety Associate',
    email: 'jonas.weber@halvorsen-pharma.example',
    role: 'pv-liaison',
    serverUserId: null,
    isActive: true,
    ...withoutKeys,
  },
  {
    id: demoUserIds.admin,
    username: 'sven.aas',
    displayName: 'Sven Aas',
    jobTitle: 'IT Administrator',
    email: 'sven.aas@halvorsen-pharma.example',
    role: 'admin',
    serverUserId: null,
    isActive: true,
    ...withoutKeys,
  },
];

/** The congress of the booth inquiry (the 2026 ESC Congress was held in Munich). */
export const demoEvent: Pick<
  CongressEvent,
  'name' | 'city' | 'country' | 'startDate' | 'endDate' | 'boothLabel' | 'boothStaffUserIds'
> = {
  name: 'ESC Congress 2026, Munich',
  city: 'München',
  country: 'DE',
  startDate: '2026-08-28',
  endDate: '2026-08-31',
  boothLabel: 'Hall B2, booth 214',
  boothStaffUserIds: [demoUserIds.fieldOfficer, demoUserIds.miSpecialist],
};
