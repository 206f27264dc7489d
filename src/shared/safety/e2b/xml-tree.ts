/**
 * An XML element tree as plain data: what the E2B mapping produces and the serialiser writes.
 * Keeping the mapping free of any XML library keeps it pure, testable by structure, and
 * independent of how the bytes are made (serialize.ts).
 */

export type XmlNode = XmlElement | string;

export type XmlElement = {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: readonly XmlNode[];
};

/** What an optional child may be: absent parts of a report simply produce no element. */
export type MaybeNode = XmlNode | null | undefined | false;

/**
 * Characters XML 1.0 forbids even when escaped (C0 controls other than tab, LF and CR, lone
 * surrogates, U+FFFE/U+FFFF). Free text pasted from e-mails can carry them; they are dropped so
 * the message stays well-formed. Markup characters are kept and escaped by the serialiser.
 */
const forbiddenInXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafeText(text: string): string {
  return text.replace(forbiddenInXml, '');
}

/** An element; null, undefined and false children are left out. */
export function element(
  name: string,
  attributes: Record<string, string | null | undefined> = {},
  children: readonly MaybeNode[] = [],
): XmlElement {
  const present = Object.entries(attributes).filter(
    (entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined,
  );
  return {
    name,
    attributes: Object.fromEntries(present),
    children: children
      .filter((child): child is XmlNode => child !== null && child !== undefined && child !== false)
      .map((child) => (typeof child === 'string' ? xmlSafeText(child) : child)),
  };
}

/** The element paths of a tree in document order (`/a/b/c`), for structural comparison. */
export function treePaths(root: XmlElement, prefix = ''): string[] {
  const path = `${prefix}/${root.name}`;
  return [
    path,
    ...root.children.flatMap((child) => (typeof child === 'string' ? [] : treePaths(child, path))),
  ];
}
