import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import {
  canExchangeElectronically,
  checkMinimumCriteria,
  minimumCriteria,
} from '../../../../shared/safety/minimum-criteria';
import type { NewAdverseEventReport } from '../../../../shared/schemas';
import { Section } from './Section';

/**
 * The four minimum criteria of a valid report (ICH E2D, GVP VI.B.2), met or missing, and what
 * electronic exchange still needs. An incomplete report is still saved and forwarded.
 */
export function CompletenessPanel({ report }: { report: NewAdverseEventReport }): ReactNode {
  const { t } = useTranslation();
  const completeness = checkMinimumCriteria(report);
  const summary = completeness.isValid
    ? t('safetyReports.completeness.valid')
    : completeness.isSpecialSituationOnly
      ? t('safetyReports.completeness.specialSituationOnly')
      : t('safetyReports.completeness.incomplete');
  return (
    <Section title={t('safetyReports.completeness.title')}>
      <Alert
        severity={completeness.isValid ? 'success' : 'warning'}
        data-testid="completeness-summary"
        data-valid={completeness.isValid}
      >
        {summary}
      </Alert>
      <List dense>
        {minimumCriteria.map((criterion) => (
          <ListItem
            key={criterion}
            disableGutters
            data-testid={`criterion-${criterion}`}
            data-met={completeness.criteria[criterion]}
          >
            <ListItemIcon sx={{ minWidth: 32 }}>
              {completeness.criteria[criterion] ? (
                <CheckCircleOutlined color="success" fontSize="small" />
              ) : (
                <ErrorOutlineOutlined color="warning" fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText primary={t(`safetyReports.completeness.criteria.${criterion}`)} />
          </ListItem>
        ))}
        {completeness.exchangeGaps.map((gap) => (
          <ListItem key={gap} disableGutters>
            <ListItemIcon sx={{ minWidth: 32 }}>
              <ErrorOutlineOutlined color="disabled" fontSize="small" />
            </ListItemIcon>
            <ListItemText secondary={t(`safetyReports.completeness.gaps.${gap}`)} />
          </ListItem>
        ))}
      </List>
      <Alert severity="info" icon={false}>
        {canExchangeElectronically(completeness)
          ? t('safetyReports.completeness.e2bReady')
          : t('safetyReports.completeness.ciomsOnly')}
      </Alert>
    </Section>
  );
}
