import type { NewInquiry } from '../../src/shared/schemas';
import { makeInquiries } from './inquiry-factory';

/*
 * A requester population for search benchmarks: the write benchmark's inquiries all come from
 * "Dr. Requester N" and ask the same question, which no search index meets in practice.
 */

const firstNames = [
  'Katrin',
  'Jonas',
  'Amélie',
  'Luca',
  'Sofia',
  'Mateo',
  'Ingrid',
  'Tomás',
  'Aiko',
  'Nadia',
];
const syllables = [
  'vo',
  'gel',
  'san',
  'ber',
  'ok',
  'af',
  'lind',
  'qvi',
  'mar',
  'tel',
  'ro',
  'sen',
  'du',
  'pont',
  'gar',
  'cia',
  'hal',
  'vor',
  'kes',
  'tin',
];
const endings = ['g', 'er', 'son', 'ez', 'i'];
const topics = [
  'Can the dose be halved in moderate renal impairment?',
  'Is it safe during breastfeeding of a six-month-old infant?',
  'May the tablet be crushed for a nasogastric tube?',
  'Interaction with clarithromycin during a seven-day course?',
  'Storage after opening the bottle at room temperature?',
  'Data on use in patients over eighty years of age?',
  'Switching from warfarin: when to take the first dose?',
  'Any experience in adolescents with familial hypercholesterolaemia?',
];

/** One of 2,000 surnames: most appear a few dozen times in 50,000 inquiries, as in real life. */
export function surnameOf(index: number): string {
  const first = syllables[index % 20] ?? '';
  const second = syllables[Math.floor(index / 20) % 20] ?? '';
  const ending = endings[Math.floor(index / 400) % 5] ?? '';
  const name = `${first}${second}${ending}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** `count` inquiries from varied requesters, asking one of eight questions. */
export function makeVariedInquiries(count: number): NewInquiry[] {
  return makeInquiries(count).map((inquiry, index) => {
    const surname = surnameOf((index * 7919) % 2000);
    const name = `Dr. ${firstNames[index % firstNames.length] ?? ''} ${surname}`;
    const questions = inquiry.personal.questions.map((question) => ({
      ...question,
      text: topics[index % topics.length] ?? question.text,
    }));
    const email = `${surname.toLowerCase()}${index}@example.org`;
    const requester = { ...inquiry.personal.requester, name, email };
    return { ...inquiry, personal: { ...inquiry.personal, requester, questions } };
  });
}

/** What people type: a surname, a surname with a typo, first and last name, words, a prefix. */
export function searchQueries(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const surname = surnameOf((index * 37) % 2000);
    const typo = surname.slice(0, -2) + surname.slice(-1) + surname.slice(-2, -1);
    const name = `${firstNames[index % firstNames.length] ?? ''} ${surname}`;
    return [surname, typo, name, 'nasogastric tube', surname.slice(0, 5)][index % 5] ?? '';
  });
}
