import type { SvgIconComponent } from '@mui/icons-material';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import QuestionAnswerOutlined from '@mui/icons-material/QuestionAnswerOutlined';
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import LocalLibraryOutlined from '@mui/icons-material/LocalLibraryOutlined';
import MailOutlined from '@mui/icons-material/MailOutlined';
import HealthAndSafetyOutlined from '@mui/icons-material/HealthAndSafetyOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';

export type NavigationItem = {
  path: string;
  /** Key in the `nav` section of the message catalogs. */
  labelKey:
    'home' | 'inquiries' | 'booth' | 'library' | 'letters' | 'safety' | 'insights' | 'settings';
  icon: SvgIconComponent;
};

/** The main areas, in menu order; Ctrl/⌘ + their position (1–8) opens them. */
export const navigationItems: readonly NavigationItem[] = [
  { path: '/', labelKey: 'home', icon: DashboardOutlined },
  { path: '/inquiries', labelKey: 'inquiries', icon: QuestionAnswerOutlined },
  { path: '/library', labelKey: 'library', icon: LocalLibraryOutlined },
  { path: '/letters', labelKey: 'letters', icon: MailOutlined },
  { path: '/safety', labelKey: 'safety', icon: HealthAndSafetyOutlined },
  { path: '/insights', labelKey: 'insights', icon: InsightsOutlined },
  { path: '/settings', labelKey: 'settings', icon: SettingsOutlined },
  // Last, so the shortcuts of the other areas keep their numbers.
  { path: '/booth', labelKey: 'booth', icon: StorefrontOutlined },
];
