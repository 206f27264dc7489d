import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Id } from '../../../../shared/schemas';
import type { LibrarySearchHit } from '../../../../shared/library/search';
import { DocumentChips } from './DocumentChips';
import { HighlightedText } from './HighlightedText';

type SearchResultsProps = {
  hits: readonly LibrarySearchHit[];
  selectedId: Id | null;
  onSelect: (hit: LibrarySearchHit) => void;
  /** What a result offers besides opening it (the picker's "Use"). */
  renderAction?: (hit: LibrarySearchHit) => ReactNode;
};

/** Hits best first: highlighted title, chips, and the passage that matched. */
export function SearchResults({
  hits,
  selectedId,
  onSelect,
  renderAction,
}: SearchResultsProps): ReactNode {
  const { t } = useTranslation();
  if (hits.length === 0) {
    return (
      <Typography color="text.secondary" sx={{ p: 2 }} data-testid="no-results">
        {t('library.noResults')}
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label={t('library.resultsLabel')}>
      {hits.map((hit) => {
        const [title, passage] = hit.snippets;
        return (
          <ListItemButton
            key={hit.documentId}
            selected={hit.documentId === selectedId}
            onClick={() => onSelect(hit)}
            data-testid="document-row"
            sx={{ alignItems: 'flex-start', borderBottom: 1, borderColor: 'divider' }}
          >
            <Stack spacing={0.5} sx={{ flexGrow: 1, minWidth: 0 }} lang={hit.document.language}>
              <Typography variant="subtitle2" component="span" data-testid="result-title">
                <HighlightedText parts={title?.parts ?? []} />
              </Typography>
              <DocumentChips document={hit.document} />
              {passage !== undefined && (
                <Typography variant="body2" color="text.secondary" component="span">
                  <HighlightedText parts={passage.parts} />
                </Typography>
              )}
            </Stack>
            {renderAction?.(hit)}
          </ListItemButton>
        );
      })}
    </List>
  );
}
