import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { Id, ResponseDocument } from '../../../../../shared/schemas';
import { createActor } from '../../../data';
import type { Permissions } from '../../../../../shared/schemas';
import { DocxImportDialog } from './DocxImportDialog';
import { exportLibraryFile, importBundleFile } from './library-transfer';

type LibraryTransferProps = {
  userId: Id;
  permissions: Permissions;
  onOpen: (document: ResponseDocument) => void;
};

type Message = { severity: 'success' | 'error' | 'warning'; text: string };

/**
 * Import a bundle, import a Word file as a draft, export the library. Hidden file inputs work in
 * browser mode and in Electron alike (the bridge has no open dialog). Content approvers import;
 * export is for roles allowed to export or approve.
 */
export function LibraryTransfer({ userId, permissions, onOpen }: LibraryTransferProps): ReactNode {
  const { t } = useTranslation();
  const bundleInput = useRef<HTMLInputElement>(null);
  const wordInput = useRef<HTMLInputElement>(null);
  const [wordFile, setWordFile] = useState<File | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const canImport = permissions.canApproveContent;
  const canExport = permissions.canApproveContent || permissions.canExport;
  const importBundle = async (file: File): Promise<void> => {
    const outcome = await importBundleFile(file, createActor(userId));
    setMessage(
      outcome.ok
        ? {
            severity: 'success',
            text: t('library.transfer.imported', {
              ...outcome.summary.documents,
              products: outcome.summary.products.created + outcome.summary.products.updated,
            }),
          }
        : {
            severity: 'error',
            text: t('library.transfer.importFailed', { message: outcome.error }),
          },
    );
  };
  const exportLibrary = async (): Promise<void> => {
    const result = await exportLibraryFile(createActor(userId));
    if (!result.saved) return;
    setMessage(
      result.missingAttachments.length === 0
        ? {
            severity: 'success',
            text: t('library.transfer.exported', {
              documents: result.documentCount,
              fileName: result.fileName,
            }),
          }
        : {
            severity: 'warning',
            text: t('library.transfer.exportMissing', {
              files: result.missingAttachments.join(', '),
            }),
          },
    );
  };
  const report = (error: unknown): void =>
    setMessage({ severity: 'error', text: error instanceof Error ? error.message : String(error) });
  if (!canImport && !canExport) return null;
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-end' }}>
      <Stack direction="row" spacing={1}>
        {canImport && (
          <>
            <Button onClick={() => bundleInput.current?.click()} data-testid="import-bundle">
              {t('library.transfer.importBundle')}
            </Button>
            <Button onClick={() => wordInput.current?.click()} data-testid="import-word">
              {t('library.transfer.importWord')}
            </Button>
          </>
        )}
        {canExport && (
          <Button onClick={() => void exportLibrary().catch(report)} data-testid="export-library">
            {t('library.transfer.export')}
          </Button>
        )}
      </Stack>
      <input
        ref={bundleInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="bundle-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) void importBundle(file).catch(report);
        }}
      />
      <input
        ref={wordInput}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        data-testid="word-file"
        onChange={(event) => {
          setWordFile(event.target.files?.[0] ?? null);
          event.target.value = '';
        }}
      />
      {message !== null && (
        <Alert
          severity={message.severity}
          onClose={() => setMessage(null)}
          data-testid="transfer-message"
        >
          {message.text}
        </Alert>
      )}
      <DocxImportDialog
        file={wordFile}
        userId={userId}
        onClose={() => setWordFile(null)}
        onCreated={(document) => {
          setWordFile(null);
          setMessage({
            severity: 'success',
            text: t('library.transfer.wordCreated', {
              fileName: document.origin?.kind === 'docx' ? document.origin.fileName : '',
            }),
          });
          onOpen(document);
        }}
      />
    </Stack>
  );
}
