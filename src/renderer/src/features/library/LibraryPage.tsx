import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { Id } from '../../../../shared/schemas';
import { useLibrarySearch } from '../../data';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser, usePermissions } from '../identity';
import { DocumentView } from './DocumentView';
import { IndexStatusLine } from './IndexStatusLine';
import { LibraryFilters } from './LibraryFilters';
import { ReviewDateList } from './ReviewDateList';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { UseForQuestion } from './UseForQuestion';
import { LibraryTransfer } from './import/LibraryTransfer';
import {
  defaultFilterState,
  readerStatusChoices,
  statusChoices,
  toSearchFilters,
  type LibraryFilterState,
} from './library-filters';

const pageSize = 25;

/**
 * The library: search as you type with filters, the selected document beside the results, and
 * for content approvers the review-date list, import and export. `?focus=search` (Ctrl+K)
 * focuses the search box; `?document=<id>` opens a document.
 */
export function LibraryPage(): ReactNode {
  const { t } = useTranslation();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const user = useCurrentUser();
  const permissions = usePermissions();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilterState>(defaultFilterState);
  const [limit, setLimit] = useState(pageSize);
  const selectedId = params.get('document');
  const tab = permissions.canApproveContent && params.get('tab') === 'review' ? 'review' : 'search';
  const focusRequest = params.get('focus') === 'search' ? location.key : null;
  const inquiryId = params.get('inquiry');
  const questionId = params.get('question');
  const { hits, milliseconds, status } = useLibrarySearch(query, toSearchFilters(filters, limit));

  useEffect(() => {
    // Ctrl+K asked for the search box: focus it (SearchBox), then forget the request.
    if (focusRequest === null) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('focus');
        next.delete('tab');
        return next;
      },
      { replace: true },
    );
  }, [focusRequest, setParams]);

  const open = (id: Id): void =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('document', id);
      next.delete('tab');
      return next;
    });
  const showTab = (value: string): void =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === 'review') next.set('tab', 'review');
      else next.delete('tab');
      return next;
    });

  return (
    <>
      <PageHeader
        title={t('library.title')}
        actions={
          <LibraryTransfer
            userId={user.id}
            permissions={permissions}
            onOpen={(document) => open(document.id)}
          />
        }
      />
      {inquiryId !== null && questionId !== null && (
        <UseForQuestion
          inquiryId={inquiryId}
          questionId={questionId}
          user={user}
          onDone={() =>
            setParams((current) => {
              const next = new URLSearchParams(current);
              next.delete('inquiry');
              next.delete('question');
              return next;
            })
          }
        />
      )}
      {permissions.canApproveContent && (
        <Tabs value={tab} onChange={(_, value: string) => showTab(value)} sx={{ mb: 2 }}>
          <Tab value="search" label={t('library.tabs.search')} />
          <Tab value="review" label={t('library.tabs.review')} data-testid="review-tab" />
        </Tabs>
      )}
      {tab === 'review' ? (
        <ReviewDateList onOpen={open} />
      ) : (
        <Stack spacing={2}>
          <SearchBox
            value={query}
            onChange={(value) => {
              setQuery(value);
              setLimit(pageSize);
            }}
            focusRequest={focusRequest}
          />
          <LibraryFilters
            value={filters}
            onChange={setFilters}
            statusChoices={permissions.canApproveContent ? statusChoices : readerStatusChoices}
          />
          <IndexStatusLine status={status} milliseconds={milliseconds} />
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(0, 3fr)' },
              alignItems: 'start',
            }}
          >
            <Paper variant="outlined">
              {hits !== undefined && (
                <SearchResults
                  hits={hits}
                  selectedId={selectedId}
                  onSelect={(hit) => open(hit.documentId)}
                />
              )}
              {hits !== undefined && hits.length === limit && (
                <Box sx={{ p: 1 }}>
                  <Button onClick={() => setLimit((current) => current + pageSize)}>
                    {t('library.showMore')}
                  </Button>
                </Box>
              )}
            </Paper>
            {selectedId === null ? (
              <Typography color="text.secondary">{t('library.view.select')}</Typography>
            ) : (
              <DocumentView documentId={selectedId} onOpen={open} />
            )}
          </Box>
        </Stack>
      )}
    </>
  );
}
