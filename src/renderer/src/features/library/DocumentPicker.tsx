import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { Audience, Id, Language, ResponseDocument } from '../../../../shared/schemas';
import type { LibrarySearchHit } from '../../../../shared/library/search';
import { documentAvailability } from '../../../../shared/domain';
import { getDatabase, getDocument, useLibrarySearch } from '../../data';
import { formatDate } from '../../components/formatting';
import { todayInAffiliateCalendar } from '../../components/today';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';

export type DocumentPickerProps = {
  open: boolean;
  onClose: () => void;
  /** The question's products: only documents about one of them are offered. */
  productIds: readonly Id[];
  /** The requester's language and audience narrow the list. */
  language?: Language;
  audience?: Audience;
  /** Called with a document that may be sent today (approved, effective, not expired). */
  onPick: (document: ResponseDocument) => void;
};

/**
 * "Use in response": finds an approved document for an inquiry question. Approved documents are
 * listed expired ones included, flagged, so the officer sees that the answer exists but must not
 * be sent; picking one that is not sendable is refused with the reason (PRODUCT.md job 2).
 */
export function DocumentPicker({
  open,
  onClose,
  productIds,
  language,
  audience,
  onPick,
}: DocumentPickerProps): ReactNode {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const { hits } = useLibrarySearch(query, {
    productIds,
    ...(language === undefined ? {} : { language }),
    ...(audience === undefined ? {} : { audience }),
    statuses: ['approved'],
    validOn: null,
    limit: 30,
  });
  const pick = async (hit: LibrarySearchHit): Promise<void> => {
    setRefusal(null);
    const document = await getDocument(getDatabase(), hit.documentId);
    const availability =
      document === undefined
        ? 'deleted'
        : documentAvailability(document, todayInAffiliateCalendar());
    if (document === undefined || availability !== 'sendable') {
      setRefusal(
        availability === 'expired'
          ? t('library.picker.refusedExpired', {
              date: formatDate(hit.document.reviewDate, i18n.language),
            })
          : t('library.picker.refusedNotSendable', {
              reason: t(`library.availability.${availability}`),
            }),
      );
      return;
    }
    onPick(document);
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="document-picker-title"
    >
      <DialogTitle id="document-picker-title">{t('library.picker.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }} data-testid="document-picker">
          <SearchBox
            value={query}
            onChange={setQuery}
            focusRequest={open ? 'open' : null}
            autoFocus
          />
          {refusal !== null && (
            <Alert severity="error" data-testid="picker-refusal">
              {refusal}
            </Alert>
          )}
          <SearchResults
            hits={hits ?? []}
            selectedId={null}
            onSelect={(hit) => void pick(hit)}
            renderAction={(hit) => (
              <Button
                size="small"
                variant={hit.document.availability === 'sendable' ? 'contained' : 'outlined'}
                color={hit.document.availability === 'sendable' ? 'primary' : 'inherit'}
                onClick={(event) => {
                  event.stopPropagation();
                  void pick(hit);
                }}
                data-testid="picker-use"
              >
                {t('library.picker.use')}
              </Button>
            )}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('library.picker.cancel')}</Button>
      </DialogActions>
    </Dialog>
  );
}
