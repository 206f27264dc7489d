import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { HighlightPart } from '../../../../shared/library/search';

type HighlightedTextProps = { parts: readonly HighlightPart[] };

/**
 * Text with the words that matched the query marked. Every part is a React text child, so
 * document text is never interpreted as HTML (no dangerouslySetInnerHTML anywhere).
 */
export function HighlightedText({ parts }: HighlightedTextProps): ReactNode {
  return parts.map((part, index) =>
    part.isMatch ? (
      <Box
        component="mark"
        key={index}
        sx={{ bgcolor: 'warning.light', color: 'inherit', px: 0.25, borderRadius: 0.5 }}
      >
        {part.text}
      </Box>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}
