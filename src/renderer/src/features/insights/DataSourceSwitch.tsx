import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';

type DataSourceSwitchProps = {
  isTeam: boolean;
  isAvailable: boolean;
  onChange: (isTeam: boolean) => void;
};

/** This device's data, or the team's from the server (signed in with a headquarters role). */
export function DataSourceSwitch({
  isTeam,
  isAvailable,
  onChange,
}: DataSourceSwitchProps): ReactNode {
  const { t } = useTranslation();
  return (
    <Tooltip title={isAvailable ? '' : t('insights.filters.teamUnavailable')}>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={isTeam ? 'team' : 'local'}
        onChange={(_event, next: 'team' | 'local' | null) => next && onChange(next === 'team')}
        aria-label={t('insights.filters.source')}
      >
        <ToggleButton value="local">{t('insights.filters.sourceLocal')}</ToggleButton>
        <ToggleButton value="team" disabled={!isAvailable}>
          {t('insights.filters.sourceTeam')}
        </ToggleButton>
      </ToggleButtonGroup>
    </Tooltip>
  );
}
