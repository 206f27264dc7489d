import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { getPlatform } from '../../platform';

/** Links leave the app only through the platform's allowlisted opener (https only). */
const components: Components = {
  a: ({ href, children }) => (
    <Link
      href={href}
      onClick={(event) => {
        event.preventDefault();
        // react-markdown has already emptied unsafe targets (javascript:, data:); only web
        // links leave the app, and main checks them against its allowlist again.
        if (href === undefined || !/^https:\/\//i.test(href)) return;
        getPlatform()
          .openExternal({ url: href })
          .catch(() => undefined); // A refused link simply does not open.
      }}
    >
      {children}
    </Link>
  ),
};

type MarkdownBodyProps = { markdown: string; language: string };

/**
 * A document body rendered from Markdown. Raw HTML in the text is skipped (react-markdown
 * without rehype-raw never renders it, `skipHtml` drops it) and unsafe link targets such as
 * `javascript:` are removed by react-markdown's URL transform: a body can never run script.
 */
export function MarkdownBody({ markdown, language }: MarkdownBodyProps): ReactNode {
  return (
    <Box
      lang={language}
      data-testid="document-body"
      sx={{
        '& h2': { typography: 'h6', mt: 2 },
        '& h3': { typography: 'subtitle1', mt: 2 },
        '& p': { my: 1 },
      }}
    >
      <Markdown skipHtml components={components}>
        {markdown}
      </Markdown>
    </Box>
  );
}
