import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import GlobalStyles from '@mui/material/GlobalStyles';

/**
 * The PDF in the app, shown by Chromium's own PDF viewer in a frame. The bytes become a blob:
 * URL of this origin (the policy allows frames of blob: and nothing else, see csp.ts); it is
 * revoked when the letter changes or the preview closes.
 */
export function LetterPreview({ pdf }: { pdf: Uint8Array }): ReactNode {
  const { t } = useTranslation();
  const url = useMemo(
    () => URL.createObjectURL(new Blob([pdf.slice().buffer], { type: 'application/pdf' })),
    [pdf],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <>
      {/* While printing, only the letter shows: the app around it is hidden. */}
      <GlobalStyles
        styles={{
          '@media print': {
            'body *': { visibility: 'hidden' },
            '[data-print-letter], [data-print-letter] *': { visibility: 'visible' },
            '[data-print-letter]': { position: 'fixed', inset: 0, width: '100%', height: '100%' },
          },
        }}
      />
      <Box
        component="iframe"
        title={t('letterWriting.previewTitle')}
        src={url}
        data-testid="letter-preview"
        data-print-letter=""
        data-pdf-bytes={pdf.byteLength}
        sx={{ width: '100%', height: '70vh', border: 1, borderColor: 'divider', borderRadius: 1 }}
      />
    </>
  );
}
