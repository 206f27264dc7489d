/*
 * Right-to-left scripts: pdfmake lays text out left to right and cannot shape Arabic, so a
 * letter with Hebrew or Arabic would print reversed or with unjoined letters. Such input is
 * refused with a clear message rather than printed wrong.
 */
const rightToLeftPattern =
  /[\u0590-\u05FF\u0600-\u06FF\u0700-\u074F\u0750-\u077F\u0780-\u07BF\u07C0-\u07FF\u0800-\u08FF\uFB1D-\uFB4F\uFB50-\uFDFF\uFE70-\uFEFF]/u;

export function hasRightToLeftText(text: string): boolean {
  return rightToLeftPattern.test(text);
}

/**
 * The paths (`recipient.name`, `answers[0].body`) of every string in `value` that contains a
 * right-to-left character. `data:` URLs (images) are skipped: they are not printed as text.
 */
export function findRightToLeftText(value: unknown, path = ''): string[] {
  if (typeof value === 'string') {
    return !value.startsWith('data:') && hasRightToLeftText(value) ? [path || '(text)'] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, index) => findRightToLeftText(item, `${path}[${index}]`));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]: [string, unknown]) =>
      findRightToLeftText(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}
