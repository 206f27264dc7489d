import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import { Section } from './Section';

type RepeatedSectionProps<Item extends { id: string }> = {
  title: string;
  items: readonly Item[];
  /** Called with the whole new list: an item added, changed or removed. */
  onChange: (items: Item[]) => void;
  isReadOnly: boolean;
  addLabel: string;
  addTestId: string;
  newItem: () => Item;
  /** The fields of one item; `change` replaces it in the list. */
  renderItem: (item: Item, index: number, change: (next: Item) => void) => ReactNode;
};

/**
 * A part of the report form that holds as many entries as were reported (events, products):
 * each entry's fields with a remove button, and an add button in the title, all hidden when the
 * report can no longer be edited.
 */
export function RepeatedSection<Item extends { id: string }>(
  props: RepeatedSectionProps<Item>,
): ReactNode {
  const { title, items, onChange, isReadOnly, addLabel, addTestId, newItem, renderItem } = props;
  const { t } = useTranslation();
  const replace = (index: number, item: Item | null): void =>
    onChange(
      items.flatMap((current, position) =>
        position !== index ? [current] : item === null ? [] : [item],
      ),
    );
  return (
    <Section
      title={title}
      actions={
        !isReadOnly && (
          <Button
            size="small"
            onClick={() => onChange([...items, newItem()])}
            data-testid={addTestId}
          >
            {addLabel}
          </Button>
        )
      }
    >
      {items.map((item, index) => (
        <Box key={item.id} sx={{ mb: 2 }}>
          {index > 0 && <Divider sx={{ mb: 2 }} />}
          {renderItem(item, index, (next) => replace(index, next))}
          {!isReadOnly && (
            <Button size="small" color="inherit" onClick={() => replace(index, null)}>
              {t('safetyReports.actions.remove')}
            </Button>
          )}
        </Box>
      ))}
    </Section>
  );
}
