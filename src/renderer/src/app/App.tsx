import { useCallback, useState, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { HomePage } from '../features/home';
import { BoothPage, InquiriesPage, InquiryDetailPage } from '../features/inquiries';
import { DeviceDataPage, SecurityPage, UsersPage } from '../features/identity';
import { InsightsPage } from '../features/insights';
import { LettersPage } from '../features/letters';
import { LibraryPage } from '../features/library';
import { NewSafetyReportPage, SafetyPage, SafetyReportPage } from '../features/safety';
import { SettingsPage } from '../features/settings';
import { SyncIssuePage, SyncPage } from '../features/sync';
import { AppShell } from './AppShell';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useAppShortcuts } from './use-app-shortcuts';

/** The routes inside the shell. Hash routing: app:// serves files, not a server-side router. */
export function App(): ReactNode {
  const [isShortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const shortcuts = useAppShortcuts(showShortcuts);
  return (
    <AppShell onShowShortcuts={showShortcuts}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/inquiries" element={<InquiriesPage />} />
        <Route path="/inquiries/:id" element={<InquiryDetailPage />} />
        <Route path="/booth" element={<BoothPage />} />
        <Route path="/library" element={<LibraryPage />} />
        <Route path="/letters" element={<LettersPage />} />
        <Route path="/safety" element={<SafetyPage />} />
        <Route path="/safety/new" element={<NewSafetyReportPage />} />
        <Route path="/safety/:reportId" element={<SafetyReportPage />} />
        <Route path="/insights" element={<InsightsPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="/settings/users" element={<UsersPage />} />
        <Route path="/settings/security" element={<SecurityPage />} />
        <Route path="/settings/device-data" element={<DeviceDataPage />} />
        <Route path="/sync" element={<SyncPage />} />
        <Route path="/sync/issues/:issueId" element={<SyncIssuePage />} />
      </Routes>
      <ShortcutsDialog
        isOpen={isShortcutsOpen}
        shortcuts={shortcuts}
        onClose={() => setShortcutsOpen(false)}
      />
    </AppShell>
  );
}
