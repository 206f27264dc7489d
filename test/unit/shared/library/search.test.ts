import { describe, expect, it } from 'vitest';
import { createLibrarySearch } from '../../../../src/shared/library/search';
import type { LibrarySearchHit } from '../../../../src/shared/library/search';
import { libraryDocument, libraryIds, libraryProducts } from './library-fixtures';

const today = (): string => '2026-06-01';

const renal = libraryDocument({
  title: 'Cardivex (halvastatin): use in patients with renal impairment',
  topics: ['renal impairment', 'dosing'],
  summary: 'No dose adjustment in mild to moderate renal impairment.',
  body: 'Halvastatin exposure rose 1.6-fold below 30 mL/min. The PK were studied in 24 subjects.',
});
const bleeding = libraryDocument({
  productIds: [libraryIds.trombexa],
  title: 'Trombexa: management of bleeding',
  topics: ['bleeding'],
  summary: 'Stop Trombexa and give supportive care.',
  body: 'Patients on Cardivex too should be assessed for interactions.',
});
const bodyOnly = libraryDocument({
  title: 'Cardivex: storage',
  summary: 'Store below 30 °C.',
  body: 'Excursions were studied; renal function does not change storage.',
});
const german = libraryDocument({
  language: 'de',
  title: 'Cardivex: Anwendung bei Nierenfunktionsstörung',
  topics: ['Niereninsuffizienz'],
  summary: 'Keine Dosisanpassung bei leichter Nierenfunktionsstörung.',
  body: 'Die Fachinformation empfiehlt höchstens 20 mg.',
});
const french = libraryDocument({
  language: 'fr',
  audience: 'patient',
  title: 'Cardivex : insuffisance rénale',
  topics: ['insuffisance rénale'],
  summary: 'Pas d’adaptation posologique.',
  body: 'Les études pharmacocinétiques montrent une exposition plus élevée.',
});
const draft = libraryDocument({ status: 'draft', title: 'Cardivex: renal draft' });
const expired = libraryDocument({ title: 'Cardivex: renal (old)', reviewDate: '2026-01-31' });
const documents = [renal, bleeding, bodyOnly, german, french, draft, expired];

function build(): ReturnType<typeof createLibrarySearch> {
  return createLibrarySearch(documents, libraryProducts, { today });
}

const ids = (hits: readonly LibrarySearchHit[]): string[] => hits.map((hit) => hit.documentId);
const marked = (hit: LibrarySearchHit | undefined): string[] =>
  (hit?.snippets ?? []).flatMap((snippet) =>
    snippet.parts.filter((part) => part.isMatch).map((part) => part.text),
  );

describe('library search: finding the right document while the HCP talks', () => {
  it('tolerates typos in drug names and medical words', () => {
    const search = build();
    expect(ids(search.search('cardivx renal'))[0]).toBe(renal.id);
    expect(ids(search.search('halvsatatin renal'))[0]).toBe(renal.id);
    expect(ids(search.search('trombexa bleding'))[0]).toBe(bleeding.id);
  });

  it('matches the word being typed by its prefix', () => {
    const search = build();
    expect(ids(search.search('Cardivex ren', { language: 'en' }))[0]).toBe(renal.id);
    expect(ids(search.search('Cardivex ren')).slice(0, 2)).toEqual(
      expect.arrayContaining([renal.id, french.id]),
    );
    expect(ids(search.search('trom'))).toContain(bleeding.id);
  });

  it('ranks a document with the words in its title above one with them only in its body', () => {
    const hits = ids(build().search('renal'));
    expect(hits.indexOf(renal.id)).toBeLessThan(hits.indexOf(bodyOnly.id));
  });

  it('treats brand name, generic name and synonyms as the same product', () => {
    const search = build();
    // The bleeding document names Cardivex only by brand, in its body.
    expect(ids(search.search('halvastatin interactions'))[0]).toBe(bleeding.id);
    expect(ids(search.search('HLV-204'))).toEqual(expect.arrayContaining([renal.id, german.id]));
    expect(ids(search.search('skarixaban'))).toEqual([bleeding.id]);
  });

  it('understands medical abbreviations both ways', () => {
    const search = build();
    expect(ids(search.search('pharmacokinetics'))).toContain(renal.id);
    expect(ids(search.search('PK', { language: 'fr' }))).toEqual([french.id]);
    expect(ids(search.search('SmPC', { language: 'de' }))).toEqual([german.id]);
  });

  it('stems English, German and French words', () => {
    const search = build();
    expect(ids(search.search('dosed', { language: 'en' }))).toContain(renal.id);
    expect(ids(search.search('Nierenfunktionsstörungen'))[0]).toBe(german.id);
    expect(ids(search.search('renales', { language: 'fr' }))).toEqual([french.id]);
  });

  it('ranks the product asked for first, whichever language stems the other words', () => {
    // English stems "pancreatitis" to "pancreat", Spanish leaves it: the English document about
    // another product must not count the word twice and outrank the Spanish one about Cardivex.
    const spanish = libraryDocument({
      language: 'es',
      title: 'Cardivex (halvastatina): casos de pancreatitis',
      topics: ['pancreatitis'],
      summary: 'No se han notificado casos de pancreatitis con Cardivex.',
    });
    const otherProduct = libraryDocument({
      productIds: [libraryIds.trombexa],
      title: 'Trombexa: pancreatitis reports',
      topics: ['pancreatitis'],
      summary: 'Pancreatitis was reported rarely with Trombexa; no pancreatitis was fatal.',
    });
    // A library holds many documents on its products, few on a rare adverse event.
    const search = createLibrarySearch([otherProduct, spanish, ...documents], libraryProducts, {
      today,
    });
    expect(ids(search.search('cardivex pancreatitis'))[0]).toBe(spanish.id);
    expect(ids(search.search('cardivx pancreatitis'))[0]).toBe(spanish.id);
    expect(ids(search.search('cardivex pancreatitis', { limit: 1 }))).toEqual([spanish.id]);
  });

  it('finds approved current documents only, unless asked for more', () => {
    const search = build();
    expect(ids(search.search('renal'))).not.toContain(draft.id);
    expect(ids(search.search('renal'))).not.toContain(expired.id);
    const all = search.search('renal', { statuses: ['approved', 'draft'], validOn: null });
    expect(ids(all)).toEqual(expect.arrayContaining([draft.id, expired.id]));
    expect(all.find((hit) => hit.documentId === expired.id)?.document.availability).toBe('expired');
  });

  it('filters by product, topic, audience and language', () => {
    const search = build();
    expect(ids(search.search('', { productIds: [libraryIds.trombexa] }))).toEqual([bleeding.id]);
    expect(ids(search.search('', { topics: ['Dosing'] }))).toEqual([renal.id]);
    expect(ids(search.search('cardivex', { audience: 'patient' }))).toEqual([french.id]);
    expect(ids(search.search('cardivex', { language: 'de' }))).toEqual([german.id]);
  });

  it('lists the allowed documents by title for an empty query', () => {
    const titles = build()
      .search('   ')
      .map((hit) => hit.document.title);
    expect(titles).toEqual([...titles].sort((left, right) => left.localeCompare(right)));
    expect(titles).toHaveLength(5);
  });

  it('marks the matched words, equivalents included, in title and passage', () => {
    const search = build();
    const [hit] = search.search('cardivx renal');
    expect(hit?.snippets[0]?.field).toBe('title');
    expect(marked(hit)).toEqual(expect.arrayContaining(['Cardivex', 'halvastatin', 'renal']));
    const [bodyHit] = search.search('PK', { language: 'en' });
    expect(marked(bodyHit)).toContain('PK');
  });

  it('keeps HTML in a document as plain text pieces', () => {
    const hostile = libraryDocument({
      title: 'Cardivex <img src=x onerror=alert(1)> renal',
      summary: '<script>alert(1)</script> renal',
    });
    const [hit] = createLibrarySearch([hostile], libraryProducts, { today }).search('renal');
    const text = (hit?.snippets ?? []).map((snippet) =>
      snippet.parts.map((part) => part.text).join(''),
    );
    expect(text).toEqual([
      'Cardivex <img src=x onerror=alert(1)> renal',
      '<script>alert(1)</script> renal',
    ]);
  });
});
