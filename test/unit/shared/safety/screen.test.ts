import { describe, expect, it } from 'vitest';
import { screenText, warmUpScreening } from '../../../../src/shared/safety/screen';
import type { SafetySignal, SpecialSituation } from '../../../../src/shared/safety/signal';
import { safetySignalSchema } from '../../../../src/shared/safety/signal';

type Expected = 'adverse-event' | 'product-complaint' | SpecialSituation;

function typesOf(text: string): Expected[] {
  return screenText(text).map((signal) =>
    signal.kind === 'special-situation' ? signal.situation : signal.kind,
  );
}

function signalOf(text: string, type: Expected): SafetySignal | undefined {
  return screenText(text).find(
    (signal) => (signal.kind === 'special-situation' ? signal.situation : signal.kind) === type,
  );
}

describe('screenText: what patients and HCPs actually say', () => {
  it.each<[string, Expected]>([
    ['she came out in a rash', 'adverse-event'],
    ['She was admitted to hospital on Friday.', 'adverse-event'],
    ['my patient had a seizure after', 'adverse-event'],
    ['Is it normal that she got a rash after the second dose?', 'adverse-event'],
    ['the pen jammed', 'product-complaint'],
    ['took twice the dose', 'overdose'],
    ["I'm pregnant and took two of them last week", 'pregnancy'],
    ['it didn\u2019t work', 'lack-of-efficacy'],
    ['no longer working', 'lack-of-efficacy'],
    ['mixed it with warfarin', 'drug-interaction'],
    ['the child swallowed', 'medication-error'],
    ['injected into the wrong site', 'medication-error'],
    ['bought it online, looks fake', 'counterfeit'],
    ['the nurse got a needlestick', 'occupational-exposure'],
    ['I prescribed it to my 8-year-old patient for migraine', 'off-label-use'],
    ["she has been taking it for acne, which isn't approved", 'off-label-use'],
    ['die Tabletten waren verfärbt', 'product-complaint'],
    ['er bekam Ausschlag', 'adverse-event'],
    ['a été hospitalisée', 'adverse-event'],
    ["j'ai pris deux fois la dose", 'overdose'],
    ['tuvo una reacción alérgica', 'adverse-event'],
    ['el blíster llegó roto', 'product-complaint'],
  ])('%j signals %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it.each([
    'what were the most common adverse events in the trial?',
    'is there data on use in pregnancy?',
    'what is the maximum dose?',
    'welche Nebenwirkungen sind bekannt?',
    'quels sont les effets indésirables fréquents ?',
    '¿cuáles son los efectos adversos más comunes?',
    'no side effects so far',
    'keine Nebenwirkungen',
    'sans effet indésirable',
    'sin efectos secundarios',
    'she did not have a rash',
    'denies any reaction',
    'is there data in children?',
    'can it be used off-label for migraine?',
    'what are the side effects',
  ])('%j signals nothing', (text) => {
    expect(screenText(text)).toEqual([]);
  });
});

describe('screenText: scope of negations, questions and hypotheticals', () => {
  it('stops a negation at "but"', () => {
    expect(typesOf('No problems with the first dose, but then she had a seizure.')).toEqual([
      'adverse-event',
    ]);
  });

  it('does not read "not sure if" as a negation', () => {
    expect(typesOf("Not sure if it's related, she came out in a rash.")).toContain('adverse-event');
  });

  it('does not read an answering "No," as a negation', () => {
    expect(typesOf('No, she had a rash on both arms.')).toContain('adverse-event');
  });

  it('reads a negation after the symptom', () => {
    expect(screenText('Rash: none. Swelling: none.')).toEqual([]);
    expect(screenText('He has been seizure-free for a year.')).toEqual([]);
  });

  it('does not signal a hypothetical', () => {
    expect(screenText('If a patient develops a rash they should stop the tablets.')).toEqual([]);
  });

  it('keeps a report that follows a negated lack of efficacy', () => {
    expect(typesOf("It didn't help and she got a rash.")).toEqual(
      expect.arrayContaining(['lack-of-efficacy', 'adverse-event']),
    );
  });

  it('keeps a question about a data source when a particular patient is in it', () => {
    expect(typesOf('My patient had a seizure in the trial, is that reported?')).toContain(
      'adverse-event',
    );
  });

  it('needs an exposed patient for off-label use', () => {
    expect(screenText('I would like information on off-label use in migraine.')).toEqual([]);
    expect(typesOf('He uses it off-label for cluster headache.')).toContain('off-label-use');
  });
});

describe('screenText: which signal it is', () => {
  it('calls a broken pen a complaint, not a lack of efficacy', () => {
    expect(typesOf("The pen didn't work this morning.")).toEqual(['product-complaint']);
  });

  it('reads a symptom in a lack-of-efficacy phrase as the indication', () => {
    expect(typesOf("Her seizures haven't improved at all.")).toEqual(['lack-of-efficacy']);
  });

  it('reads a symptom after "against" as the indication', () => {
    expect(typesOf('Er nimmt es gegen Kopfschmerzen.')).toEqual([]);
  });

  it('does not take a caller\u2019s workplace for a hospital admission', () => {
    expect(screenText('I work in A&E.')).toEqual([]);
    expect(screenText('Ich arbeite in der Notaufnahme.')).toEqual([]);
  });

  it('names the language of the rule that matched', () => {
    expect(signalOf('er bekam Ausschlag', 'adverse-event')?.language).toBe('de');
    expect(signalOf("j'ai pris deux fois la dose", 'overdose')?.language).toBe('fr');
    expect(signalOf('el blíster llegó roto', 'product-complaint')?.language).toBe('es');
    expect(signalOf('Der Patient sagt: I got a rash.', 'adverse-event')?.language).toBe('en');
  });
});

describe('screenText: offsets in the original text', () => {
  it('points at the matched words, accents and all', () => {
    const text = 'Die Tabletten waren VERFÄRBT.';
    const signal = signalOf(text, 'product-complaint');
    expect(signal).toMatchObject({ matchedText: 'VERFÄRBT', start: 20, end: 28 });
  });

  it('maps characters that normalise to two (ß, œ) back to one', () => {
    const text = 'Er bekommt es außerhalb der Zulassung. Le patient a un œdème du visage.';
    const offLabel = signalOf(text, 'off-label-use');
    const event = signalOf(text, 'adverse-event');
    expect(offLabel?.matchedText).toBe('außerhalb der Zulassung');
    expect(event?.matchedText).toBe('œdème');
    for (const signal of screenText(text)) {
      expect(text.slice(signal.start, signal.end)).toBe(signal.matchedText);
    }
  });

  it('keeps a decomposed accent inside the highlighted span', () => {
    const text = 'Tuvo una reaccio\u0301n alérgica.';
    const signal = signalOf(text, 'adverse-event');
    expect(signal?.matchedText).toBe('reaccio\u0301n alérgica');
  });

  it('returns signals that satisfy the schema, in text order', () => {
    const signals = screenText(
      'She took twice the dose, came out in a rash and the pen leaked. She is pregnant.',
    );
    expect(signals.length).toBeGreaterThanOrEqual(4);
    for (const signal of signals) expect(safetySignalSchema.safeParse(signal).success).toBe(true);
    const starts = signals.map((signal) => signal.start);
    expect(starts).toEqual([...starts].sort((left, right) => left - right));
  });
});

describe('screenText: robustness', () => {
  it('can compile its patterns ahead of the first keystroke', () => {
    expect(() => warmUpScreening()).not.toThrow();
  });

  it('returns [] for empty or blank text', () => {
    expect(screenText('')).toEqual([]);
    expect(screenText('   \n\t ')).toEqual([]);
  });

  it('treats HTML and script as text', () => {
    const text =
      '<p onclick="alert(1)">She came out in a <b>rash</b></p><script>document.write("x")</script>';
    const signals = screenText(text);
    expect(signals.map((signal) => signal.matchedText)).toContain('rash');
    for (const signal of signals)
      expect(text.slice(signal.start, signal.end)).toBe(signal.matchedText);
  });

  it('is deterministic, whatever was screened before', () => {
    const text = 'He mixed it with warfarin and was admitted to hospital. Keine Besserung.';
    const first = screenText(text);
    screenText('rash '.repeat(1000));
    expect(screenText(text)).toEqual(first);
  });

  it.each([
    [
      'a long report',
      'She came out in a rash after the second dose; the pen jammed. '.repeat(1_700),
    ],
    ['one endless word', 'a'.repeat(100_000)],
    ['repeated negations', 'no '.repeat(33_000) + 'rash'],
    ['repeated gap words', 'infection from the the the the the the '.repeat(2_600)],
    ['commas and spaces', 'infection, , , ,   '.repeat(5_000)],
    ['emoji and combining marks', '😀e\u0301ß '.repeat(20_000)],
    ['unclosed questions', ('what ' + 'rash '.repeat(50) + '? ').repeat(350)],
  ])('screens 100 KB of %s quickly', (_name, text) => {
    const started = performance.now();
    expect(() => screenText(text)).not.toThrow();
    // A generous bound for slow CI machines; typical runs take well under 200 ms.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
