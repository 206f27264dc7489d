import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { minimumCriteria } from '../../../../shared/safety/minimum-criteria';
import type { E2bExport } from '../../../../shared/safety/e2b-export';
import type { AdverseEventReport, Settings } from '../../../../shared/schemas';
import { useSafetyReports } from '../../data';
import { saveE2bXml } from './safety-exports';

type Missing = Extract<E2bExport, { kind: 'cioms-only' }>['missing'][number];

function labelKey(missing: Missing): string {
  return (minimumCriteria as readonly string[]).includes(missing)
    ? `safetyReports.completeness.criteria.${missing}`
    : `safetyReports.completeness.gaps.${missing}`;
}

/**
 * Saves the report's E2B(R3) message, or says why there is none yet and sends the officer to
 * the CIOMS form, which carries the same list of what is missing.
 */
export function E2bButton({
  report,
  settings,
  includeReporterContact,
  onFailure,
}: {
  report: AdverseEventReport;
  settings: Settings;
  includeReporterContact: boolean;
  onFailure: (error: unknown) => void;
}): ReactNode {
  const { t } = useTranslation();
  const reports = useSafetyReports();
  const [outcome, setOutcome] = useState<E2bExport | null>(null);
  const save = (): void => {
    saveE2bXml(report, reports ?? [report], settings, includeReporterContact)
      .then(setOutcome)
      .catch(onFailure);
  };
  return (
    <Stack spacing={1}>
      <Button variant="outlined" onClick={save} data-testid="save-e2b" disabled={!reports}>
        {t('safetyWorkflow.e2b.download')}
      </Button>
      {outcome?.kind === 'xml' && (
        <Alert severity="success" data-testid="e2b-outcome">
          {t('safetyWorkflow.e2b.saved', { name: outcome.fileName })}
        </Alert>
      )}
      {outcome?.kind === 'cioms-only' && (
        <Alert severity="warning" data-testid="e2b-outcome">
          {t('safetyWorkflow.e2b.notReady')}
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {outcome.missing.map((missing) => (
              <li key={missing} data-testid="e2b-missing">
                {t(labelKey(missing))}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </Stack>
  );
}
