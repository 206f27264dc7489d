import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Tooltip from '@mui/material/Tooltip';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import type { IsoDate } from '../../../../../shared/schemas';
import { getDatabase, listDocuments, listEvents, listProducts, listUsers } from '../../../data';
import type { InquiryListQuery } from '../../../data';
import { getPlatform } from '../../../platform';
import { useCurrentPermissions } from '../../../app/session';
import { inquiriesCsvBytes, loadAllMatching } from './export-inquiries';

/**
 * Exports the inquiries the list shows to CSV, through the save dialog (a download in browser
 * mode). Only roles allowed to export see it enabled: a lost laptop must not hold bulk files.
 */
export function ExportButton({
  query,
  today,
}: {
  query: InquiryListQuery;
  today: IsoDate;
}): ReactNode {
  const { t } = useTranslation();
  const permissions = useCurrentPermissions();
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const [isBusy, setBusy] = useState(false);
  const canExport = permissions?.canExport === true;
  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      const db = getDatabase();
      const inquiries = await loadAllMatching(db, query);
      const lookups = {
        products: await listProducts(db),
        events: await listEvents(db),
        users: await listUsers(db),
        documents: await listDocuments(db),
        includeContact: permissions?.seesReporterContact === true,
      };
      const bytes = inquiriesCsvBytes(inquiries, t, lookups);
      const result = await getPlatform().saveFile({
        suggestedName: `inquiries-${today}.csv`,
        kind: 'csv',
        bytes,
      });
      if (result.saved) {
        setMessage({
          isError: false,
          text: t('inquiries.exported', { count: inquiries.length, file: result.fileName }),
        });
      }
    } catch (error) {
      setMessage({
        isError: true,
        text: t('inquiries.exportFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Tooltip title={canExport ? '' : t('inquiries.exportNotAllowed')}>
        <span>
          <Button
            startIcon={<FileDownloadOutlined />}
            disabled={!canExport || isBusy}
            onClick={() => void run()}
            data-testid="export-csv"
          >
            {t('inquiries.export')}
          </Button>
        </span>
      </Tooltip>
      <Snackbar open={message !== null} autoHideDuration={8000} onClose={() => setMessage(null)}>
        <Alert severity={message?.isError ? 'error' : 'success'} onClose={() => setMessage(null)}>
          {message?.text}
        </Alert>
      </Snackbar>
    </>
  );
}
