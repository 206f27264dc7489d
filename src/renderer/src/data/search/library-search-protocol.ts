import type { LibrarySearchFilters, LibrarySearchHit } from '../../../../shared/library/search';
import type { LibraryIndexStatus } from './library-index-keeper';

/** Messages to the search worker. */
export type LibrarySearchRequest =
  | { type: 'search'; requestId: number; query: string; filters: LibrarySearchFilters }
  | { type: 'topics'; requestId: number };

/** Messages from the search worker. */
export type LibrarySearchReply =
  | { type: 'status'; status: LibraryIndexStatus }
  | { type: 'hits'; requestId: number; hits: LibrarySearchHit[]; milliseconds: number }
  | { type: 'topics'; requestId: number; topics: string[] };
