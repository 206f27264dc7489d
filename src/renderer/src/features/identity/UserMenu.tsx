import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import Avatar from '@mui/material/Avatar';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import LockOutlined from '@mui/icons-material/LockOutlined';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import PasswordOutlined from '@mui/icons-material/PasswordOutlined';
import SwitchAccountOutlined from '@mui/icons-material/SwitchAccountOutlined';
import { initialsOf } from './AccountPicker';
import { lockSession } from './session-actions';
import { useCurrentUser } from './session-store';

/** Who is signed in, in the title bar, with lock, switch user and sign out one click away. */
export function UserMenu(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = (): void => setAnchor(null);
  return (
    <>
      <Button
        color="inherit"
        onClick={(event) => setAnchor(event.currentTarget)}
        startIcon={
          <Avatar sx={{ width: 28, height: 28, fontSize: 14 }}>
            {initialsOf(user.displayName)}
          </Avatar>
        }
        aria-haspopup="menu"
        data-testid="user-menu"
        sx={{ textTransform: 'none' }}
      >
        {user.displayName}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        <MenuItem disabled>
          <ListItemText primary={user.displayName} secondary={t(`identity.role.${user.role}`)} />
        </MenuItem>
        <Divider />
        <MenuItem onClick={() => lockSession()}>
          <ListItemIcon>
            <LockOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t('identity.menu.lock')} secondary="Ctrl+L" />
        </MenuItem>
        <MenuItem data-testid="switch-user" onClick={() => lockSession(false)}>
          <ListItemIcon>
            <SwitchAccountOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t('identity.menu.switchUser')} />
        </MenuItem>
        <MenuItem
          onClick={() => {
            close();
            void navigate('/settings/security');
          }}
        >
          <ListItemIcon>
            <PasswordOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t('identity.menu.security')} />
        </MenuItem>
        <MenuItem onClick={() => lockSession(false)}>
          <ListItemIcon>
            <LogoutOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t('identity.menu.signOut')} />
        </MenuItem>
      </Menu>
    </>
  );
}
