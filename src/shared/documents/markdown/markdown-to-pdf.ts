import { fromMarkdown } from 'mdast-util-from-markdown';
import type { BlockContent, DefinitionContent, Paragraph, RootContent } from 'mdast';
import type { PdfContent, PdfInline, PdfTable } from '../pdf-content';
import { inlinesOf, type TextTransform } from './inline';
import { parsePipeTable, type PipeTable } from './pipe-table';

export type MarkdownOptions = {
  /** Applied to each run of text after parsing, so filled-in values are never read as Markdown. */
  transformText?: TextTransform;
  /** Width of the text column in points, for horizontal rules. */
  contentWidth: number;
};

type Context = { source: string; transform: TextTransform; contentWidth: number };

const unchanged: TextTransform = (text) => text;

/** Characters that can start Markdown syntax inside a line; a cell without them is plain. */
const inlineSyntax = /[\\`*_[\]<>!&~]/;

function inlinesOfMarkdown(markdown: string, context: Context): PdfInline[] {
  // Each parse costs about a millisecond: most table cells are plain text and need none.
  if (!inlineSyntax.test(markdown)) return [context.transform(markdown)];
  const [first] = fromMarkdown(markdown).children;
  return first?.type === 'paragraph' ? inlinesOf(first.children, context.transform) : [markdown];
}

function tableOf(table: PipeTable, context: Context): PdfTable {
  const cell = (text: string, column: number, isHeader: boolean): PdfContent => ({
    text: inlinesOfMarkdown(text, context),
    alignment: table.alignments[column] ?? 'left',
    bold: isHeader,
  });
  return {
    table: {
      headerRows: 1,
      // Percentages, not '*': a long word must break inside its cell (see layout.ts).
      widths: table.header.map((): `${number}%` => `${100 / table.header.length}%`),
      body: [
        table.header.map((text, column) => cell(text, column, true)),
        ...table.rows.map((row) => row.map((text, column) => cell(text, column, false))),
      ],
    },
    layout: 'lightHorizontalLines',
    style: 'markdownTable',
  };
}

function paragraphOf(node: Paragraph, context: Context): PdfContent {
  const { start, end } = node.position ?? {};
  if (start?.offset !== undefined && end?.offset !== undefined) {
    const table = parsePipeTable(context.source.slice(start.offset, end.offset));
    if (table) return tableOf(table, context);
  }
  return { text: inlinesOf(node.children, context.transform), style: 'paragraph' };
}

function blockOf(
  node: RootContent | BlockContent | DefinitionContent,
  context: Context,
): PdfContent[] {
  switch (node.type) {
    case 'heading':
      return [
        {
          text: inlinesOf(node.children, context.transform),
          style: `markdownHeading${Math.min(node.depth, 3)}`,
          headlineLevel: node.depth,
        },
      ];
    case 'paragraph':
      return [paragraphOf(node, context)];
    case 'list': {
      const items = node.children.map((item) => ({ stack: blocksOf(item.children, context) }));
      return [
        node.ordered
          ? { ol: items, start: node.start ?? 1, style: 'list' }
          : { ul: items, style: 'list' },
      ];
    }
    case 'blockquote':
      return [{ stack: blocksOf(node.children, context), style: 'quote' }];
    case 'code':
      return [{ text: node.value, style: 'codeBlock', preserveLeadingSpaces: true }];
    case 'html':
      // Raw HTML is shown as the text it is: never interpreted (issue 6, bad input).
      return [{ text: node.value, style: 'paragraph' }];
    case 'thematicBreak':
      return [
        {
          canvas: [{ type: 'line', x1: 0, y1: 0, x2: context.contentWidth, y2: 0, lineWidth: 0.5 }],
          margin: [0, 4, 0, 8],
        },
      ];
    default:
      // Definitions, footnote definitions and YAML have no printed form of their own.
      return [];
  }
}

function blocksOf(
  nodes: readonly (RootContent | BlockContent | DefinitionContent)[],
  context: Context,
): PdfContent[] {
  return nodes.flatMap((node) => blockOf(node, context));
}

/**
 * Markdown (CommonMark, plus GFM pipe tables) as pdfmake content: headings, paragraphs, lists,
 * emphasis, quotes, code and tables. Safe by construction: HTML prints as text, images as their
 * description, links as text with their address; nothing is fetched or executed.
 */
export function markdownToPdf(markdown: string, options: MarkdownOptions): PdfContent[] {
  const context: Context = {
    source: markdown,
    transform: options.transformText ?? unchanged,
    contentWidth: options.contentWidth,
  };
  return blocksOf(fromMarkdown(markdown).children, context);
}
