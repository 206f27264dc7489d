import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DocumentAttachment, LiteratureReference } from '../../../../shared/schemas';
import type { SavedFileKind } from '../../../../shared/ipc/contract';
import { formatVancouver } from '../../../../shared/library/vancouver';
import { getBlob, getDatabase } from '../../data';
import { getPlatform } from '../../platform';

/** A section heading inside the document view. */
export function SectionTitle({ children }: { children: ReactNode }): ReactNode {
  return (
    <Typography variant="subtitle1" component="h4" sx={{ mt: 2, fontWeight: 600 }}>
      {children}
    </Typography>
  );
}

/** References, numbered, in Vancouver style (a bare citation verbatim). */
export function ReferenceList({
  references,
}: {
  references: readonly LiteratureReference[];
}): ReactNode {
  const { t } = useTranslation();
  return (
    <>
      <SectionTitle>{t('library.view.references')}</SectionTitle>
      {references.length === 0 ? (
        <Typography color="text.secondary">{t('library.view.noReferences')}</Typography>
      ) : (
        <ol data-testid="document-references">
          {references.map((reference, index) => (
            <li key={index}>
              <Typography variant="body2">{formatVancouver(reference)}</Typography>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

const savedKinds: Record<string, SavedFileKind> = {
  'application/pdf': 'pdf',
  'application/json': 'json',
  'text/csv': 'csv',
  'application/xml': 'xml',
  'application/zip': 'zip',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** A file name the save dialog accepts: no folders, no characters Windows refuses. */
function safeFileName(fileName: string): string {
  return fileName.replace(/[/\\:*?"<>|\p{Cc}]/gu, '-').slice(0, 200) || 'attachment';
}

function AttachmentRow({ attachment }: { attachment: DocumentAttachment }): ReactNode {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const kind = savedKinds[attachment.mediaType];
  const save = async (): Promise<void> => {
    const blob = await getBlob(getDatabase(), attachment.sha256);
    if (blob === undefined || kind === undefined) {
      setProblem(t('library.view.attachmentMissing'));
      return;
    }
    await getPlatform().saveFile({
      suggestedName: safeFileName(attachment.fileName),
      kind,
      bytes: new Uint8Array(blob.bytes),
    });
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" sx={{ flexGrow: 1 }}>
        {attachment.fileName} · {t(`library.view.attachmentRole.${attachment.role}`)} ·{' '}
        {Math.ceil(attachment.byteLength / 1024)} kB
      </Typography>
      {problem !== null && (
        <Typography variant="body2" color="warning.main">
          {problem}
        </Typography>
      )}
      <Button size="small" disabled={kind === undefined} onClick={() => void save()}>
        {t('library.view.saveAttachment')}
      </Button>
    </Stack>
  );
}

/** The files enclosed with the document (e.g. the prescribing information). */
export function AttachmentList({
  attachments,
}: {
  attachments: readonly DocumentAttachment[];
}): ReactNode {
  const { t } = useTranslation();
  return (
    <>
      <SectionTitle>{t('library.view.attachments')}</SectionTitle>
      {attachments.length === 0 ? (
        <Typography color="text.secondary">{t('library.view.noAttachments')}</Typography>
      ) : (
        <Stack spacing={0.5} data-testid="document-attachments">
          {attachments.map((attachment) => (
            <AttachmentRow key={attachment.sha256} attachment={attachment} />
          ))}
        </Stack>
      )}
    </>
  );
}
