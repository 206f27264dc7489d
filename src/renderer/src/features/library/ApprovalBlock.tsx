import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ResponseDocument } from '../../../../shared/schemas';
import { formatDateTime } from '../../components/formatting';
import { SectionTitle } from './DocumentSections';

/**
 * The approval as Part 11 wants it shown with the record (21 CFR 11.50): printed name, date and
 * time, and meaning — and the content digest the signature is bound to. A document imported
 * as approved shows who approved it in its source system.
 */
export function ApprovalBlock({ document }: { document: ResponseDocument }): ReactNode {
  const { t, i18n } = useTranslation();
  const { approval, origin } = document;
  let content: ReactNode;
  if (approval !== null) {
    content = (
      <>
        <Typography variant="body2" data-testid="approval-signature">
          {t('library.view.signedBy', {
            name: approval.printedName,
            meaning: t('library.approve.meaningApproved'),
            date: formatDateTime(approval.signedAt, i18n.language),
          })}
        </Typography>
        <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
          {t('library.view.hash')}: {approval.contentHash}
        </Typography>
      </>
    );
  } else if (origin?.kind === 'bundle' && origin.approvedBy !== undefined) {
    content = (
      <Typography variant="body2">
        {t('library.view.approvedCentrally', {
          source: origin.source,
          name: origin.approvedBy.printedName,
          date: formatDateTime(origin.approvedBy.signedAt, i18n.language),
        })}
      </Typography>
    );
  } else {
    content = (
      <Typography variant="body2" color="text.secondary">
        {t('library.view.notSigned')}
      </Typography>
    );
  }
  return (
    <>
      <SectionTitle>{t('library.view.signature')}</SectionTitle>
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        {content}
      </Paper>
    </>
  );
}
