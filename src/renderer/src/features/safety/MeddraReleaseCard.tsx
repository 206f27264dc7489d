import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { getDatabase, importMeddraRelease, useMeddraReleaseInfo } from '../../data';
import { currentActor } from '../../app/session';
import { formatDateTime } from '../../components/formatting';
import { readMeddraFiles } from './meddra-files';
import { Section } from './Section';
import { useSafetyPermissions } from './safety-context';

type Outcome = { severity: 'success' | 'error' | 'info'; message: string } | null;

/**
 * Settings → MedDRA dictionary: the release on this device and the import of the company's
 * licensed files. Administrators and PV import; everyone sees which release codes reactions.
 */
export function MeddraReleaseCard(): ReactNode {
  const { t, i18n } = useTranslation();
  const info = useMeddraReleaseInfo();
  const permissions = useSafetyPermissions();
  const mayImport = permissions.canManageSettings || permissions.canAcknowledgeSafetyReports;
  const [outcome, setOutcome] = useState<Outcome>(null);
  const importFiles = async (chosen: readonly File[]): Promise<void> => {
    setOutcome({ severity: 'info', message: t('safetyWorkflow.meddra.importing') });
    const files = await readMeddraFiles(chosen);
    if (files === null) {
      setOutcome({ severity: 'error', message: t('safetyWorkflow.meddra.missingFiles') });
      return;
    }
    try {
      const imported = await importMeddraRelease(getDatabase(), files, currentActor());
      setOutcome({
        severity: 'success',
        message: t('safetyWorkflow.meddra.imported', { version: imported.version }),
      });
    } catch (error) {
      // MeddraFormatError names the file and line: show it as it is.
      setOutcome({
        severity: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return (
    <Section title={t('safetyWorkflow.meddra.title')}>
      <Stack spacing={2} data-testid="meddra-release">
        <Typography variant="body2" color="text.secondary">
          {t('safetyWorkflow.meddra.help')}
        </Typography>
        <Typography data-testid="meddra-release-current">
          {info
            ? t('safetyWorkflow.meddra.current', {
                version: info.version,
                language: info.language ?? '—',
                lowLevelTerms: info.lowLevelTermCount.toLocaleString(i18n.language),
                preferredTerms: info.preferredTermCount.toLocaleString(i18n.language),
                time: formatDateTime(info.importedAt, i18n.language),
              })
            : t('safetyWorkflow.meddra.none')}
        </Typography>
        {mayImport ? (
          <Button variant="outlined" component="label" sx={{ alignSelf: 'flex-start' }}>
            {t('safetyWorkflow.meddra.chooseFiles')}
            <input
              hidden
              type="file"
              multiple
              accept=".asc"
              data-testid="meddra-files"
              onChange={(event) => {
                const chosen = Array.from(event.target.files ?? []);
                event.target.value = '';
                void importFiles(chosen);
              }}
            />
          </Button>
        ) : (
          <Typography variant="caption" color="text.secondary">
            {t('safetyWorkflow.meddra.notAllowed')}
          </Typography>
        )}
        {outcome && (
          <Alert severity={outcome.severity} data-testid="meddra-import-outcome">
            {outcome.message}
          </Alert>
        )}
      </Stack>
    </Section>
  );
}
