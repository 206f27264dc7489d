import type { Product, ResponseDocument } from '../../src/shared/schemas';
import { createId } from '../../src/shared/domain';

/*
 * A generated library for the search benchmark: products with brand names, INNs and synonyms,
 * and documents of ~300 words in English (70 %), German, French and Spanish. Deterministic
 * (seeded), so runs are comparable. Every document is approved and current, so the default
 * filters keep all of them and every engine searches the same set.
 */

/** mulberry32: a small seeded generator; quality is ample for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const onsets = ['zan', 'vel', 'tor', 'mir', 'kel', 'dar', 'sol', 'pra', 'bre', 'fen', 'lux', 'qua'];
const middles = ['o', 'a', 'i', 'e', 'ava', 'ori', 'ena', 'ilo', 'uta', 'exa'];
const codas = ['vex', 'dra', 'lix', 'ton', 'zor', 'mab', 'tra', 'nor', 'cet', 'quin', 'rel'];
const innStems = ['vastatin', 'gliptin', 'xaban', 'sartan', 'pril', 'olol', 'prazole', 'floxacin'];
const innStarts = ['hal', 'fjor', 'ska', 'tel', 'mor', 'bri', 'cal', 'dev', 'ert', 'gan', 'jul'];

/** English topic phrases; the first word is the one queries use. */
export const topics = [
  'renal impairment',
  'hepatic impairment',
  'pregnancy exposure',
  'breastfeeding',
  'overdose management',
  'interactions with CYP3A4 inhibitors',
  'storage temperature excursions',
  'crushing tablets',
  'paediatric dosing',
  'elderly patients',
  'QT prolongation',
  'hypoglycaemia risk',
  'pancreatitis reports',
  'anaphylaxis',
  'missed dose',
  'switching therapy',
  'perioperative interruption',
  'bleeding management',
  'photosensitivity',
  'alcohol consumption',
  'driving ability',
  'vaccination',
  'lactose content',
  'gluten content',
  'excipients',
  'shelf life',
  'myopathy',
  'rhabdomyolysis',
  'neutropenia',
  'thrombocytopenia',
  'hair loss',
  'weight gain',
  'insomnia',
  'headache',
  'dizziness',
  'nausea',
  'diarrhoea',
  'constipation',
  'rash',
  'pruritus',
] as const;

/** The commonest words of each language's medical texts, most frequent first. */
const commonWords = {
  en: 'the of and in to patients with a for was dose is treatment study daily were or mg be clinical not plasma exposure as by tablet recommended on increase monitoring reaction trial placebo efficacy safety absorption elimination metabolism clearance adult children elderly weight physician pharmacist data risk benefit caution adjustment laboratory symptom event incidence frequency common rare severe mild moderate',
  de: 'der die und in von mit den Patienten Dosis ist nicht zu bei täglich Behandlung Studie klinisch Exposition Tablette empfohlen Überwachung Prüfung Placebo Wirksamkeit Sicherheit Resorption Ausscheidung Stoffwechsel Clearance Erwachsene Kinder Gewicht Arzt Apotheker Daten Risiko Nutzen Vorsicht Anpassung Laborwert Symptom Ereignis Häufigkeit häufig selten schwer leicht',
  fr: 'de la le et les des patients dose en est du traitement pas quotidienne étude clinique exposition comprimé recommandé surveillance essai placebo efficacité sécurité absorption élimination métabolisme clairance adulte enfants poids médecin pharmacien données risque bénéfice précaution adaptation symptôme événement fréquence fréquent rare grave léger',
  es: 'de la el y en los pacientes dosis es con no del tratamiento diaria estudio clínico exposición comprimido recomendado vigilancia ensayo placebo eficacia seguridad absorción eliminación metabolismo aclaramiento adulto niños peso médico farmacéutico datos riesgo beneficio precaución ajuste síntoma acontecimiento frecuencia frecuente raro grave leve',
} as const;

const syllables = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'ti',
  'vo',
  'ber',
  'dan',
  'fel',
  'gor',
  'hin',
  'jus',
  'kel',
  'lam',
  'mor',
  'nis',
  'pel',
  'qua',
  'ros',
  'sen',
  'tor',
  'ul',
  'ven',
  'wis',
  'xan',
  'yor',
  'zel',
];

/**
 * A vocabulary with Zipf's law, as in real text: a few words in nearly every document, most
 * words in few. 6,000 invented words follow each language's common words.
 */
function makeVocabulary(
  random: () => number,
  common: string,
): { words: string[]; cumulative: number[] } {
  const invented = new Set<string>();
  while (invented.size < 6000) {
    const length = 2 + Math.floor(random() * 3);
    invented.add(Array.from({ length }, () => pick(random, syllables)).join(''));
  }
  const words = [...common.split(' '), ...invented];
  let total = 0;
  const cumulative = words.map((_, rank) => (total += 1 / (rank + 1)));
  return { words, cumulative: cumulative.map((value) => value / total) };
}

function zipfWord(
  random: () => number,
  vocabulary: { words: string[]; cumulative: number[] },
): string {
  const target = random();
  let low = 0;
  let high = vocabulary.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((vocabulary.cumulative[middle] ?? 1) < target) low = middle + 1;
    else high = middle;
  }
  return vocabulary.words[low] ?? '';
}

type Language = keyof typeof commonWords;
const languages: readonly Language[] = ['en', 'en', 'en', 'en', 'en', 'en', 'en', 'de', 'fr', 'es'];

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T; // as: the index is within bounds

const actorId = '01930000-0000-7000-8000-0000000000aa';
const at = '2026-01-05T09:00:00.000+01:00';

function makeProducts(count: number, random: () => number): Product[] {
  const seen = new Set<string>();
  const products: Product[] = [];
  while (products.length < count) {
    const brand = `${pick(random, onsets)}${pick(random, middles)}${pick(random, codas)}`;
    const generic = `${pick(random, innStarts)}${pick(random, middles)}${pick(random, innStems)}`;
    if (seen.has(brand) || seen.has(generic)) continue;
    seen.add(brand);
    seen.add(generic);
    const code = `${brand.slice(0, 3).toUpperCase()}-${100 + products.length}`;
    products.push({
      id: createId(),
      createdAt: at,
      updatedAt: at,
      createdBy: actorId,
      updatedBy: actorId,
      serverRevision: null,
      deleted: false,
      brandName: brand[0]?.toUpperCase() + brand.slice(1),
      genericName: generic,
      synonyms: [code, `${generic}e`],
      strengths: ['10 mg tablet'],
      therapeuticArea: 'Generated',
      approvedIndications: [],
    });
  }
  return products;
}

type Vocabularies = Record<Language, { words: string[]; cumulative: number[] }>;

function sentence(
  random: () => number,
  vocabulary: Vocabularies[Language],
  length: number,
): string {
  return Array.from({ length }, () => zipfWord(random, vocabulary)).join(' ');
}

export type LibraryCorpus = {
  products: Product[];
  documents: ResponseDocument[];
  /** The main topic of each document, by id (what misspelt queries are judged against). */
  mainTopic: Map<string, string>;
};

/** `count` documents over `productCount` products, ~300 words each. */
export function makeLibraryCorpus(count: number, productCount = 200, seed = 42): LibraryCorpus {
  const random = seededRandom(seed);
  const products = makeProducts(productCount, random);
  const vocabularies: Vocabularies = {
    en: makeVocabulary(random, commonWords.en),
    de: makeVocabulary(random, commonWords.de),
    fr: makeVocabulary(random, commonWords.fr),
    es: makeVocabulary(random, commonWords.es),
  };
  const mainTopic = new Map<string, string>();
  const documents = Array.from({ length: count }, (_, index): ResponseDocument => {
    const product = pick(random, products);
    const topic = pick(random, topics);
    const language = pick(random, languages);
    const id = createId();
    mainTopic.set(id, topic);
    const words = vocabularies[language];
    // Six paragraphs of ~50 words; the product and the topic are named as real SRDs name them.
    const paragraphs = Array.from(
      { length: 6 },
      (_, paragraph) =>
        `${sentence(random, words, 20)} ${paragraph % 2 === 0 ? product.brandName : product.genericName} ${sentence(random, words, 12)} ${paragraph < 2 ? topic : ''} ${sentence(random, words, 15)}.`,
    );
    return {
      id,
      reference: `SRD-GEN-${String(index).padStart(5, '0')}`,
      createdAt: at,
      updatedAt: at,
      createdBy: actorId,
      updatedBy: actorId,
      serverRevision: null,
      deleted: false,
      kind: index % 5 === 0 ? 'faq' : 'srd',
      title: `${product.brandName} (${product.genericName}): ${topic}`,
      productIds: [product.id],
      topics: [topic, pick(random, topics)],
      audience: index % 7 === 0 ? 'patient' : 'hcp',
      language,
      summary: `${sentence(random, words, 25)} ${topic}.`,
      body: `## ${topic}\n\n${paragraphs.join('\n\n')}`,
      references: [],
      attachments: [],
      version: '1.0',
      status: 'approved',
      effectiveDate: '2025-01-01',
      reviewDate: '2099-12-31',
      variantGroupId: id,
      lineageId: id,
      supersedesId: null,
      approval: null,
      origin: null,
    };
  });
  return { products, documents, mainTopic };
}
