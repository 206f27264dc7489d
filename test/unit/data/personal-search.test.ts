import { describe, expect, it } from 'vitest';
import {
  buildPersonalSearchIndex,
  createInquiry,
  getPersonalSearchState,
  lockStore,
  searchPersonalText,
  updateInquiry,
} from '../../../src/renderer/src/data';
import { sampleInquiry } from '../shared/fixtures';
import { actorAt, openTestStore } from './store-fixtures';

const now = new Date('2026-11-20T10:00:00.000Z');

describe('free-text search over personal data', () => {
  it('finds requesters and questions of the demo by name, prefix, typo and without accents', async () => {
    const db = await openTestStore({ withDemoData: true, now });
    await buildPersonalSearchIndex(db, 5);
    expect(getPersonalSearchState(db)).toEqual({ status: 'ready', indexed: 12 });
    const references = (query: string): string[] =>
      searchPersonalText(db, query).map((hit) => hit.reference);
    expect(references('Vogelsang')).toHaveLength(1);
    expect(references('vogelsan')).toEqual(references('Vogelsang'));
    expect(references('Vogelsnag')).toEqual(references('Vogelsang'));
    expect(references('clarithromycin')).toContain(references('Vogelsang')[0]);
    expect(references('nothing like this anywhere')).toEqual([]);
  });

  it('follows writes after it was built, and forgets everything at lock', async () => {
    const db = await openTestStore();
    const first = await createInquiry(db, sampleInquiry(), actorAt());
    await buildPersonalSearchIndex(db);
    const second = await createInquiry(
      db,
      sampleInquiry({
        personal: { ...sampleInquiry().personal, notes: 'Asked about Größe of the tablet' },
      }),
      actorAt(),
    );
    expect(searchPersonalText(db, 'grosse').map((hit) => hit.id)).toEqual([second.id]);
    await updateInquiry(
      db,
      first.id,
      {
        personal: {
          ...first.personal,
          requester: { ...first.personal.requester, name: 'Dr. Renamed Person' },
        },
      },
      actorAt(),
    );
    expect(searchPersonalText(db, 'renamed').map((hit) => hit.id)).toEqual([first.id]);
    lockStore(db);
    expect(getPersonalSearchState(db)).toEqual({ status: 'empty', indexed: 0 });
    expect(searchPersonalText(db, 'renamed')).toEqual([]);
  });
});
