import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import KeyboardOutlined from '@mui/icons-material/KeyboardOutlined';
import { StatusBar } from '../components/StatusBar';
import { UpdateNotice } from '../features/settings';
import { UserMenu } from '../features/identity';
import { navigationItems } from './navigation';
import { usePreferences } from './preferences';

const drawerWidth = 220;

type AppShellProps = {
  children: ReactNode;
  onShowShortcuts: () => void;
};

/** The frame around every page: title bar, navigation on the left, status bar at the bottom. */
export function AppShell({ children, onShowShortcuts }: AppShellProps): ReactNode {
  const { t } = useTranslation();
  const location = useLocation();
  const { resolvedTheme, toggleTheme } = usePreferences();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppBar position="static" color="primary">
        <Toolbar variant="dense">
          <Typography variant="h6" component="h1" sx={{ flexGrow: 1 }}>
            {t('app.name')}
          </Typography>
          <UserMenu />
          <Tooltip title={t('shortcuts.show')}>
            <IconButton color="inherit" onClick={onShowShortcuts} aria-label={t('shortcuts.show')}>
              <KeyboardOutlined />
            </IconButton>
          </Tooltip>
          <Tooltip title={t('theme.toggle')}>
            <IconButton color="inherit" onClick={toggleTheme} aria-label={t('theme.toggle')}>
              {resolvedTheme === 'dark' ? <LightModeOutlined /> : <DarkModeOutlined />}
            </IconButton>
          </Tooltip>
        </Toolbar>
      </AppBar>
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <Drawer
          variant="permanent"
          sx={{
            width: drawerWidth,
            flexShrink: 0,
            '& .MuiDrawer-paper': { width: drawerWidth, position: 'relative' },
          }}
        >
          <nav aria-label={t('nav.mainNavigation')}>
            <List>
              {navigationItems.map((item, index) => {
                const isCurrent =
                  item.path === '/'
                    ? location.pathname === '/'
                    : location.pathname.startsWith(item.path);
                const Icon = item.icon;
                return (
                  <ListItemButton
                    key={item.path}
                    component={NavLink}
                    to={item.path}
                    selected={isCurrent}
                    aria-current={isCurrent ? 'page' : undefined}
                    title={`Ctrl+${index + 1}`}
                  >
                    <ListItemIcon>
                      <Icon />
                    </ListItemIcon>
                    <ListItemText primary={t(`nav.${item.labelKey}`)} />
                  </ListItemButton>
                );
              })}
            </List>
          </nav>
        </Drawer>
        <Box
          component="main"
          id="main-content"
          tabIndex={-1}
          sx={{ flex: 1, overflow: 'auto', p: 3, minWidth: 0 }}
        >
          <UpdateNotice />
          {children}
        </Box>
      </Box>
      <StatusBar />
    </Box>
  );
}
