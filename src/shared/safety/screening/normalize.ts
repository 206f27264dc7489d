/**
 * Matching text: lower case, without diacritics, with one kind of apostrophe, hyphen and space.
 * Lexicons are written in this form, so "Übelkeit", "UEBELKEIT" and "übelkeit" all meet
 * "ubelkeit". Each character of the result remembers which characters of the original it came
 * from, so signals are reported (and highlighted) at their place in what the officer typed.
 */
export type NormalizedText = {
  readonly text: string;
  /** Original offset where normalised character i begins. */
  readonly originalStart: Int32Array;
  /** Original offset just after normalised character i ends. */
  readonly originalEnd: Int32Array;
};

// Characters that do not decompose under NFD or that several spellings share.
const replacements: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
};

const combiningMarks = /[\u0300-\u036f]/g;

// Texts repeat few distinct non-ASCII characters; NFD per character is the costly step.
const normalizedCharacters = new Map<string, string>();
const MAX_REMEMBERED_CHARACTERS = 4_096;

function normalizeCharacter(character: string): string {
  const replacement = replacements[character];
  if (replacement !== undefined) return replacement;
  const remembered = normalizedCharacters.get(character);
  if (remembered !== undefined) return remembered;
  const normalized = character
    .normalize('NFD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(combiningMarks, '');
  if (normalizedCharacters.size < MAX_REMEMBERED_CHARACTERS) {
    normalizedCharacters.set(character, normalized);
  }
  return normalized;
}

/** Normalises `original` for matching, keeping a map back to original offsets. */
export function normalizeForMatching(original: string): NormalizedText {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < original.length) {
    const code = original.charCodeAt(index);
    // A surrogate pair is one character: keep both halves together.
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < original.length ? 2 : 1;
    let normalized: string;
    if (code < 0x80) {
      normalized = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : original[index]!;
      if (code === 0x60) normalized = "'";
    } else {
      normalized = normalizeCharacter(original.slice(index, index + width));
    }
    if (normalized.length === 0) {
      // A lone combining mark belongs to the character before it: widen that one's span.
      if (ends.length > 0) ends[ends.length - 1] = index + width;
    } else {
      for (let piece = 0; piece < normalized.length; piece++) {
        starts.push(index);
        ends.push(index + width);
      }
      pieces.push(normalized);
    }
    index += width;
  }
  return {
    text: pieces.join(''),
    originalStart: Int32Array.from(starts),
    originalEnd: Int32Array.from(ends),
  };
}
