import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isSupportedLanguage, supportedLanguages } from '../../../../shared/i18n';
import { usePreferences, type ThemePreference } from '../../app/preferences';
import { PageHeader } from '../../components/PageHeader';
import { getPlatform, type AppInfo } from '../../platform';
import { useSettings } from '../../data';
import { EventsCard } from './EventsCard';
import { ServiceLevelsCard } from './ServiceLevelsCard';
import { UpdatesCard } from './UpdatesCard';
import { SecuritySettingsLinks } from './SecuritySettingsLinks';
import { MeddraReleaseCard } from '../safety';
import { SyncSettingsCard } from '../sync';

const themeChoices: readonly ThemePreference[] = ['light', 'dark', 'system'];

function isThemePreference(value: string): value is ThemePreference {
  return (themeChoices as readonly string[]).includes(value);
}

export function SettingsPage(): ReactNode {
  const { t } = useTranslation();
  const { language, setLanguage, theme, setTheme } = usePreferences();
  const settings = useSettings();
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    getPlatform()
      .getAppInfo()
      .then(setAppInfo)
      .catch(() => setAppInfo(null));
  }, []);

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack spacing={2} sx={{ maxWidth: 760 }}>
        <Card variant="outlined">
          <CardContent>
            <Stack spacing={3}>
              <FormControl>
                <InputLabel id="language-label">{t('settings.language')}</InputLabel>
                <Select
                  labelId="language-label"
                  label={t('settings.language')}
                  value={language}
                  onChange={(event) => {
                    if (isSupportedLanguage(event.target.value)) setLanguage(event.target.value);
                  }}
                  inputProps={{ 'data-testid': 'language-select' }}
                >
                  {supportedLanguages.map((code) => (
                    <MenuItem key={code} value={code} lang={code}>
                      {t(`language.${code}`)}
                    </MenuItem>
                  ))}
                </Select>
              </FormControl>
              <FormControl>
                <FormLabel id="theme-label">{t('settings.appearance')}</FormLabel>
                <RadioGroup
                  row
                  aria-labelledby="theme-label"
                  value={theme}
                  onChange={(event) => {
                    if (isThemePreference(event.target.value)) setTheme(event.target.value);
                  }}
                >
                  {themeChoices.map((choice) => (
                    <FormControlLabel
                      key={choice}
                      value={choice}
                      control={<Radio />}
                      label={t(`theme.${choice}`)}
                    />
                  ))}
                </RadioGroup>
              </FormControl>
            </Stack>
          </CardContent>
        </Card>
        {settings && <EventsCard settings={settings} />}
        {settings && (
          <ServiceLevelsCard
            key={JSON.stringify(settings.dueDateBusinessDays)}
            settings={settings}
          />
        )}
        <SecuritySettingsLinks />
        <SyncSettingsCard />
        <MeddraReleaseCard />
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h3" gutterBottom>
              {t('settings.about')}
            </Typography>
            {appInfo && (
              <>
                <Typography>{t('settings.version', { version: appInfo.version })}</Typography>
                <Typography>{t('settings.platform', { platform: appInfo.platform })}</Typography>
                <Typography color="text.secondary">
                  {t('settings.storage', { path: appInfo.userDataPath })}
                </Typography>
              </>
            )}
          </CardContent>
        </Card>
        <UpdatesCard />
      </Stack>
    </>
  );
}
