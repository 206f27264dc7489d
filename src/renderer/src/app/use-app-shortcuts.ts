import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { lockSession } from '../features/identity';
import { navigationItems } from './navigation';
import { isCommandKey, isTypingTarget, useShortcuts, type Shortcut } from './shortcuts';

/**
 * The app-wide shortcuts: Ctrl/⌘+1…7 open the areas, Ctrl/⌘+K searches, Ctrl/⌘+L locks, F1 or ?
 * lists them. (In the desktop app File › Lock owns Ctrl/⌘+L; both lock.)
 */
export function useAppShortcuts(showShortcuts: () => void): readonly Shortcut[] {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const shortcuts = useMemo<Shortcut[]>(() => {
    const goTo = navigationItems.map((item, index) => ({
      keys: `Ctrl+${index + 1}`,
      descriptionKey: 'shortcuts.goTo',
      values: { page: t(`nav.${item.labelKey}`) },
      matches: (event: KeyboardEvent) =>
        isCommandKey(event) && !event.shiftKey && event.key === String(index + 1),
      run: () => void navigate(item.path),
    }));
    return [
      ...goTo,
      {
        keys: 'Ctrl+K',
        descriptionKey: 'shortcuts.search',
        matches: (event) => isCommandKey(event) && event.key.toLowerCase() === 'k',
        run: () => void navigate('/library?focus=search'),
      },
      {
        keys: 'Ctrl+L',
        descriptionKey: 'shortcuts.lock',
        matches: (event) =>
          isCommandKey(event) && !event.shiftKey && event.key.toLowerCase() === 'l',
        run: () => lockSession(),
      },
      {
        keys: 'F1 / ?',
        descriptionKey: 'shortcuts.show',
        matches: (event) =>
          event.key === 'F1' || (event.key === '?' && !isTypingTarget(event.target)),
        run: showShortcuts,
      },
    ];
  }, [navigate, showShortcuts, t]);
  useShortcuts(shortcuts);
  return shortcuts;
}
