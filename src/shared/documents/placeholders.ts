/*
 * Personalisation of approved text. Only three placeholders exist, and only they are filled:
 * everything else in an approved SRD goes out exactly as approved. Any other change makes the
 * letter a custom response, which an mi-specialist reviews before it is sent (PRODUCT.md job 3).
 */

export const placeholderNames = ['recipientName', 'product', 'question'] as const;
export type PlaceholderName = (typeof placeholderNames)[number];
export type PlaceholderValues = Record<PlaceholderName, string>;

const placeholderPattern = /\{\{\s*(recipientName|product|question)\s*\}\}/g;

/** Replaces `{{recipientName}}`, `{{product}}` and `{{question}}`; leaves any other braces. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(placeholderPattern, (_match, name: PlaceholderName) => values[name]);
}

export type CustomEditCheck = {
  /** True when the text differs from the approved text by more than filled placeholders. */
  isCustom: boolean;
  /** Where in the edited text the first difference is, or null when there is none. */
  firstDifferenceAt: number | null;
};

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that matches the approved text with each placeholder left as is or filled. */
function approvedTextPattern(approved: string, values: PlaceholderValues): RegExp {
  let source = '';
  let last = 0;
  for (const match of approved.matchAll(placeholderPattern)) {
    const name = match[1] as PlaceholderName; // the pattern's group is one of the names
    source += escapeForPattern(approved.slice(last, match.index));
    source += `(?:\\{\\{\\s*${name}\\s*\\}\\}|${escapeForPattern(values[name])})`;
    last = match.index + match[0].length;
  }
  source += escapeForPattern(approved.slice(last));
  return new RegExp(`^${source}$`, 'u');
}

function commonPrefixLength(left: string, right: string): number {
  let index = 0;
  while (index < left.length && index < right.length && left[index] === right[index]) index += 1;
  return index;
}

/**
 * Whether `edited` is the approved text with only its placeholders filled (by `values`, or left
 * as placeholders) — then it is not custom. Line endings and surrounding blank space do not
 * count as edits; anything else, even one character, does.
 */
export function detectCustomEdits(
  approved: string,
  edited: string,
  values: PlaceholderValues,
): CustomEditCheck {
  const approvedText = normalise(approved);
  const editedText = normalise(edited);
  if (approvedTextPattern(approvedText, values).test(editedText)) {
    return { isCustom: false, firstDifferenceAt: null };
  }
  const filled = fillPlaceholders(approvedText, values);
  const agreeing = Math.max(
    commonPrefixLength(editedText, filled),
    commonPrefixLength(editedText, approvedText),
  );
  return { isCustom: true, firstDifferenceAt: agreeing };
}
