import { createDraftDocument, saveProduct, saveUser } from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import { documentContentHash } from '../../../src/shared/library/approval';
import type {
  DocumentApprovalSignature,
  ResponseDocument,
  Role,
} from '../../../src/shared/schemas';
import { sampleProduct, testIds } from '../shared/fixtures';
import { actorAt } from './store-fixtures';

export const approverId = '01930000-0000-7000-8000-0000000000a1';
export const officerId = '01930000-0000-7000-8000-0000000000a2';

/** Local accounts of an approver and a field officer, and the product the drafts are about. */
export async function seedLibraryPeople(db: MedinfoDatabase): Promise<void> {
  const people: [string, string, string, Role][] = [
    [approverId, 'ingrid.solheim', 'Dr. Ingrid Solheim', 'content-approver'],
    [officerId, 'maja.lindqvist', 'Maja Lindqvist', 'field-officer'],
  ];
  for (const [id, username, displayName, role] of people) {
    await saveUser(
      db,
      {
        id,
        username,
        displayName,
        jobTitle: '',
        email: null,
        role,
        serverUserId: null,
        isActive: true,
        managesDeviceAccounts: false,
        signingKeys: [],
        passwordChangedAt: null,
        createdAt: actorAt().at,
        updatedAt: actorAt().at,
      },
      actorAt(),
    );
  }
  await saveProduct(db, sampleProduct(), actorAt());
}

/** A new draft about the sample product. */
export async function draftDocument(
  db: MedinfoDatabase,
  title = 'Testivex: renal impairment',
): Promise<ResponseDocument> {
  return createDraftDocument(
    db,
    {
      kind: 'srd',
      title,
      productIds: [testIds.product],
      topics: ['renal impairment'],
      audience: 'hcp',
      language: 'en',
      summary: 'No dose adjustment in mild renal impairment.',
      body: 'Exposure rose 1.6-fold below 30 mL/min.',
    },
    actorAt(),
  );
}

/** The signature the identity service would make for `document`, as `signerId`. */
export function signatureFor(
  document: ResponseDocument,
  signerId: string = approverId,
): DocumentApprovalSignature {
  return {
    signerUserId: signerId,
    printedName: 'Dr. Ingrid Solheim',
    meaning: 'approved',
    signedAt: '2026-03-02T11:00:00.000+01:00',
    contentHash: documentContentHash(document),
    method: 'password',
  };
}
