import type { PhrasingContent } from 'mdast';
import type { PdfInline } from '../pdf-content';

/** Applied to every run of text, e.g. to fill placeholders after parsing (never before it). */
export type TextTransform = (text: string) => string;

function wrap(children: PdfInline[], style: Omit<Exclude<PdfInline, string>, 'text'>): PdfInline {
  return { text: children, ...style };
}

/** Link text, with the address in brackets when it says something the text does not. */
function linkInlines(text: PdfInline[], url: string, plain: string): PdfInline[] {
  const address = url.replace(/^mailto:/i, '');
  return plain.trim() === address ? text : [...text, ` (${address})`];
}

function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) =>
      'value' in node ? node.value : 'children' in node ? plainText(node.children) : '',
    )
    .join('');
}

/**
 * Markdown phrasing content as pdfmake text runs. Raw HTML prints as the text it is, images as
 * their description: nothing is interpreted or fetched, so approved content cannot smuggle in
 * markup or reach the network.
 */
export function inlinesOf(
  nodes: readonly PhrasingContent[],
  transform: TextTransform,
): PdfInline[] {
  return nodes.flatMap((node): PdfInline[] => {
    switch (node.type) {
      case 'text':
        return [transform(node.value)];
      case 'html':
        return [node.value];
      case 'inlineCode':
        return [{ text: node.value, style: 'codeInline' }];
      case 'break':
        return ['\n'];
      case 'strong':
        return [wrap(inlinesOf(node.children, transform), { bold: true })];
      case 'emphasis':
        return [wrap(inlinesOf(node.children, transform), { italics: true })];
      case 'delete':
        return [wrap(inlinesOf(node.children, transform), { decoration: 'lineThrough' })];
      case 'link':
        return linkInlines(inlinesOf(node.children, transform), node.url, plainText(node.children));
      case 'linkReference':
        return inlinesOf(node.children, transform);
      case 'image':
      case 'imageReference':
        return node.alt ? [{ text: `[${node.alt}]`, italics: true }] : [];
      case 'footnoteReference':
        return [`[${node.label ?? node.identifier}]`];
    }
  });
}
