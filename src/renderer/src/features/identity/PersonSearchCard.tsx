import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Inquiry } from '../../../../shared/schemas';
import { findInquiriesByRequester, getDatabase, getInquiry, usePersonalSearch } from '../../data';
import { formatDateTime } from '../../components/formatting';
import { useCurrentUser } from './session-store';

/** Free-text hits and exact e-mail matches together, each inquiry once, readable ones only. */
function useMatches(query: string, isOwnOnly: boolean): Inquiry[] {
  const user = useCurrentUser();
  const { hits } = usePersonalSearch(query, 20);
  const [matches, setMatches] = useState<Inquiry[]>([]);
  const hitIds = hits.map((hit) => hit.id).join(',');
  useEffect(() => {
    let isCurrent = true;
    const db = getDatabase();
    const load = async (): Promise<Inquiry[]> => {
      const byText = await Promise.all(
        hitIds
          .split(',')
          .filter(Boolean)
          .map((id) => getInquiry(db, id)),
      );
      const byEmail = query.includes('@')
        ? await findInquiriesByRequester(db, { email: query })
        : [];
      const unique = new Map(
        [...byEmail, ...byText].flatMap((inquiry) =>
          inquiry ? [[inquiry.id, inquiry] as const] : [],
        ),
      );
      // A field officer sees their own inquiries only (PRODUCT.md, data protection).
      return [...unique.values()].filter(
        (inquiry) => !isOwnOnly || inquiry.assignedTo === user.id || inquiry.createdBy === user.id,
      );
    };
    void load().then((found) => {
      if (isCurrent) setMatches(found);
    });
    return () => {
      isCurrent = false;
    };
  }, [hitIds, query, isOwnOnly, user.id]);
  return query.trim() === '' ? [] : matches;
}

/**
 * "What do we hold about this person?" (GDPR Art. 15): searches the personal text of the
 * inquiries on this laptop — the in-memory index, built after sign-in — and matches e-mail
 * addresses exactly through their keyed hashes.
 */
export function PersonSearchCard({ isOwnOnly }: { isOwnOnly: boolean }): ReactNode {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const { state } = usePersonalSearch('');
  const matches = useMatches(query, isOwnOnly);
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          {t('identity.holdings.findPerson')}
        </Typography>
        <TextField
          fullWidth
          label={t('identity.holdings.personQuery')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          helperText={
            state.status === 'ready'
              ? t('identity.holdings.indexReady', { count: state.indexed })
              : t('identity.holdings.indexBuilding')
          }
          slotProps={{ htmlInput: { 'data-testid': 'person-search' } }}
        />
        <List dense aria-label={t('identity.holdings.matches')}>
          {matches.map((inquiry) => (
            <ListItem key={inquiry.id} disableGutters data-testid="person-match">
              <ListItemText
                primary={`${inquiry.personal.requester.name ?? '—'} · ${inquiry.reference}`}
                secondary={formatDateTime(inquiry.receivedAt, i18n.language)}
              />
            </ListItem>
          ))}
        </List>
        {query.trim() !== '' && matches.length === 0 && (
          <Typography color="text.secondary">{t('identity.holdings.noMatches')}</Typography>
        )}
      </CardContent>
    </Card>
  );
}
