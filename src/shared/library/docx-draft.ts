import { htmlToMarkdown } from './html-to-markdown';
import { markdownToPlainText } from './search/text';

/** What a Word file gives a new draft. */
export type DocxDraftContent = { title: string; summary: string; body: string };

const maxSummary = 2000;

function firstSentences(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const stop = cut.lastIndexOf('. ');
  return stop > maxLength / 2 ? cut.slice(0, stop + 1) : `${cut.slice(0, maxLength - 1)}…`;
}

/**
 * A draft's title, summary and body from a converted Word file: the first heading is the title
 * (or else the file name), the first paragraph after it the summary, and everything after the
 * title the body. Throws an Error when the file holds no text at all.
 */
export function draftFromHtml(html: string, fileName: string): DocxDraftContent {
  const blocks = htmlToMarkdown(html)
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== '');
  if (blocks.length === 0) throw new Error(`${fileName} contains no text`);
  const headingIndex = blocks.findIndex((block) => /^#{1,6} /.test(block));
  const fallbackTitle = fileName.replace(/\.docx$/i, '').trim() || 'Untitled';
  const title = headingIndex >= 0 ? markdownToPlainText(blocks[headingIndex] ?? '') : fallbackTitle;
  const bodyBlocks =
    headingIndex >= 0 ? blocks.filter((_, index) => index !== headingIndex) : blocks;
  const firstParagraph =
    bodyBlocks.find((block) => !/^#{1,6} /.test(block)) ?? bodyBlocks[0] ?? title;
  return {
    title: title.slice(0, 300),
    summary: firstSentences(markdownToPlainText(firstParagraph), maxSummary),
    body: bodyBlocks.length > 0 ? bodyBlocks.join('\n\n') : title,
  };
}
