import { DOMParser } from '@xmldom/xmldom';

/*
 * HTML as mammoth writes it from a Word file (well-formed, a small vocabulary) → Markdown.
 * Anything active is dropped (script, style, embedded objects, event attributes never survive:
 * only text and the few elements below are carried over), images become their alt text, and
 * text that looks like Markdown or HTML is escaped, so a document body never carries markup
 * that was not a heading, list, emphasis or link in Word.
 */

type HtmlNode = {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?: (name: string) => string | null;
};

const textNode = 3;
const elementNode = 1;
const dropped = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'template',
  'svg',
  'math',
]);
const safeLink = /^(https?:|mailto:)/i;

/** Text with Markdown's and HTML's special characters escaped (CommonMark backslash escapes). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([#+\-=>]|\d+[.)])/gm, '$1\\$2');
}

function children(node: HtmlNode): HtmlNode[] {
  return Array.from(node.childNodes);
}

function inline(node: HtmlNode): string {
  if (node.nodeType === textNode)
    return escapeMarkdown((node.nodeValue ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== elementNode) return '';
  const name = node.nodeName.toLowerCase();
  if (dropped.has(name)) return '';
  const content = children(node).map(inline).join('');
  switch (name) {
    case 'strong':
    case 'b':
      return content.trim() === '' ? content : `**${content}**`;
    case 'em':
    case 'i':
      return content.trim() === '' ? content : `*${content}*`;
    case 'br':
      return '  \n';
    case 'img':
      return escapeMarkdown(node.getAttribute?.('alt') ?? '');
    case 'a': {
      const href = node.getAttribute?.('href') ?? '';
      return safeLink.test(href)
        ? `[${content}](${href.replace(/[()\s]/g, encodeURIComponent)})`
        : content;
    }
    default:
      return content;
  }
}

function list(node: HtmlNode, depth: number): string {
  const isOrdered = node.nodeName.toLowerCase() === 'ol';
  const indent = '  '.repeat(depth);
  return children(node)
    .filter((child) => child.nodeName.toLowerCase() === 'li')
    .map((item, index) => {
      const nested = children(item).filter((child) =>
        ['ul', 'ol'].includes(child.nodeName.toLowerCase()),
      );
      const text = children(item)
        .filter((child) => !nested.includes(child))
        .map(inline)
        .join('')
        .trim();
      const marker = isOrdered ? `${index + 1}.` : '-';
      return [`${indent}${marker} ${text}`, ...nested.map((child) => list(child, depth + 1))].join(
        '\n',
      );
    })
    .join('\n');
}

/** A Word table as one line per row, cells separated by " · " (no table syntax in our Markdown). */
function table(node: HtmlNode): string {
  const rows: string[] = [];
  const visit = (current: HtmlNode): void => {
    for (const child of children(current)) {
      const name = child.nodeName.toLowerCase();
      if (name === 'tr') {
        const cells = children(child)
          .filter((cell) => ['td', 'th'].includes(cell.nodeName.toLowerCase()))
          .map((cell) => inline(cell).trim());
        rows.push(cells.join(' · '));
      } else if (child.nodeType === elementNode) visit(child);
    }
  };
  visit(node);
  return rows.join('  \n');
}

function block(node: HtmlNode): string[] {
  if (node.nodeType === textNode) {
    const text = inline(node).trim();
    return text === '' ? [] : [text];
  }
  if (node.nodeType !== elementNode) return [];
  const name = node.nodeName.toLowerCase();
  if (dropped.has(name)) return [];
  const heading = /^h([1-6])$/.exec(name);
  if (heading) return [`${'#'.repeat(Number(heading[1]))} ${inline(node).trim()}`];
  if (name === 'p') {
    const text = inline(node).trim();
    return text === '' ? [] : [text];
  }
  if (name === 'ul' || name === 'ol') return [list(node, 0)];
  if (name === 'table') return [table(node)];
  return children(node).flatMap(block);
}

/**
 * Converts mammoth's HTML to Markdown blocks. Throws an Error naming the problem when the HTML
 * is not well formed (mammoth always writes well-formed HTML, so this means a broken input).
 */
export function htmlToMarkdown(html: string): string {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'fatalError') throw new Error(`Unreadable document content: ${message}`);
    },
  });
  const document = parser.parseFromString(`<body>${html}</body>`, 'text/html');
  const root: HtmlNode | null = document.documentElement;
  if (root === null) return '';
  return children(root).flatMap(block).join('\n\n').trim();
}
