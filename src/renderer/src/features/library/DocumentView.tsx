import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Id, ResponseDocument } from '../../../../shared/schemas';
import { documentAvailability } from '../../../../shared/domain';
import { useDocument, useDocumentUseCounts, useProducts } from '../../data';
import { formatDate } from '../../components/formatting';
import { todayInAffiliateCalendar } from '../../components/today';
import { useCurrentUser, usePermissions } from '../identity';
import { ApprovalBlock } from './ApprovalBlock';
import { AvailabilityAlert } from './AvailabilityAlert';
import { DocumentChips } from './DocumentChips';
import { LanguageVariants, VersionHistory } from './DocumentHistory';
import { AttachmentList, ReferenceList, SectionTitle } from './DocumentSections';
import { DocumentWorkflowActions } from './DocumentWorkflowActions';
import { MarkdownBody } from './MarkdownBody';

function Fact({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <Typography variant="body2">
      <Typography component="span" variant="body2" color="text.secondary">
        {label}:{' '}
      </Typography>
      {children}
    </Typography>
  );
}

function DocumentFacts({ document }: { document: ResponseDocument }): ReactNode {
  const { t, i18n } = useTranslation();
  const products = useProducts() ?? [];
  const uses = useDocumentUseCounts(document.id);
  const names = document.productIds
    .map((id) => products.find((product) => product.id === id))
    .map((product) =>
      product === undefined ? '' : `${product.brandName} (${product.genericName})`,
    );
  const origin = document.origin;
  return (
    <Stack spacing={0.25}>
      <Fact label={t('library.view.products')}>{names.join(', ')}</Fact>
      <Fact label={t('library.view.topics')}>{document.topics.join(', ')}</Fact>
      <Fact label={t('library.filters.audience')}>
        {t(`library.audience.${document.audience}`)}
      </Fact>
      <Fact label={t('library.view.effective')}>
        {formatDate(document.effectiveDate, i18n.language)}
      </Fact>
      <Fact label={t('library.view.reviewBy')}>
        {formatDate(document.reviewDate, i18n.language)}
      </Fact>
      {uses !== undefined && (
        <Fact label={t('library.view.usesLabel')}>
          {t('library.view.uses', { sent: uses.sent, verbal: uses.verbal })}
        </Fact>
      )}
      {origin?.kind === 'bundle' && <Fact label={t('library.view.origin')}>{origin.source}</Fact>}
      {origin?.kind === 'docx' && <Fact label={t('library.view.origin')}>{origin.fileName}</Fact>}
    </Stack>
  );
}

type DocumentViewProps = { documentId: Id; onOpen: (id: Id) => void };

/**
 * One document version as an officer reads it before sending: why it may not be sent, its
 * facts, summary, body, references, attachments, approval signature, version history and
 * languages; approvers also get the workflow steps.
 */
export function DocumentView({ documentId, onOpen }: DocumentViewProps): ReactNode {
  const { t } = useTranslation();
  const document = useDocument(documentId);
  const user = useCurrentUser();
  const permissions = usePermissions();
  if (document === undefined) return null;
  if (document === null) {
    return <Typography color="text.secondary">{t('library.view.missing')}</Typography>;
  }
  const summary = {
    ...document,
    availability: documentAvailability(document, todayInAffiliateCalendar()),
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="document-view" lang={document.language}>
      <Stack spacing={1}>
        <Typography variant="h6" component="h3" data-testid="document-title">
          {document.title}
        </Typography>
        <DocumentChips document={summary} />
        <AvailabilityAlert document={document} />
        <DocumentFacts document={document} />
      </Stack>
      <Divider sx={{ my: 2 }} />
      <SectionTitle>{t('library.view.summary')}</SectionTitle>
      <Typography>{document.summary}</Typography>
      <MarkdownBody markdown={document.body} language={document.language} />
      <ReferenceList references={document.references} />
      <AttachmentList attachments={document.attachments} />
      <ApprovalBlock document={document} />
      <VersionHistory document={document} onOpen={onOpen} />
      <LanguageVariants document={document} onOpen={onOpen} />
      {permissions.canApproveContent && (
        <DocumentWorkflowActions document={document} user={user} onOpen={onOpen} />
      )}
    </Paper>
  );
}
