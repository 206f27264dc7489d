import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import type { CongressEvent, Inquiry } from '../../../../../shared/schemas';
import { createId, toDeviceTimestamp } from '../../../../../shared/domain';
import {
  discardDraft,
  getDatabase,
  useCurrentEvent,
  useDraft,
  useProducts,
  useSettings,
} from '../../../data';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, formatDateTime } from '../../../components/formatting';
import { emptyBoothForm, type BoothFormValues } from './booth-form';
import { BoothForm } from './BoothForm';
import { boothDraftId } from './save-booth-inquiry';
import { defaultLanguageOf } from '../common/regions';

function freshValues(event: CongressEvent | null, fallbackCountry: string): BoothFormValues {
  const country = event?.country ?? fallbackCountry;
  return emptyBoothForm({
    inquiryId: createId(),
    startedAt: toDeviceTimestamp(new Date()),
    eventId: event?.id ?? null,
    country,
    preferredLanguage: defaultLanguageOf(country),
    questionId: createId(),
  });
}

/** A kept draft's values over a fresh form's, so a draft from an older version still opens. */
function valuesOfDraft(personal: unknown, fresh: BoothFormValues): BoothFormValues {
  return typeof personal === 'object' && personal !== null && !Array.isArray(personal)
    ? { ...fresh, ...(personal as Partial<BoothFormValues>) } // a draft this form wrote
    : fresh;
}

/**
 * Booth mode: the current congress prefilled, a kept draft offered on return, and after each
 * save the next request starts at once.
 */
export function BoothPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const products = useProducts();
  const event = useCurrentEvent();
  const draft = useDraft(boothDraftId);
  const [formValues, setFormValues] = useState<{ key: string; values: BoothFormValues } | null>(
    null,
  );
  const [saved, setSaved] = useState<Inquiry | null>(null);
  if (!settings || !products || event === undefined || draft === undefined) return null;

  const start = (values: BoothFormValues): void => setFormValues({ key: createId(), values });
  const fresh = (): BoothFormValues => freshValues(event, settings.affiliateCountry);
  const header = (
    <PageHeader
      title={t('booth.title')}
      actions={
        event && (
          <Box data-testid="booth-event" sx={{ textAlign: 'right' }}>
            {t('booth.eventLine', {
              name: event.name,
              city: event.city,
              dates: `${formatDate(event.startDate, i18n.language)} – ${formatDate(event.endDate, i18n.language)}`,
            })}
          </Box>
        )
      }
    />
  );

  if (formValues === null && draft !== null) {
    return (
      <>
        {header}
        <Alert
          severity="info"
          data-testid="draft-offer"
          action={
            <Stack direction="row" spacing={1}>
              <Button
                autoFocus
                variant="contained"
                onClick={() => start(valuesOfDraft(draft.personal, fresh()))}
              >
                {t('booth.continueDraft')}
              </Button>
              <Button
                onClick={() =>
                  void discardDraft(getDatabase(), boothDraftId).then(() => start(fresh()))
                }
              >
                {t('booth.discardDraft')}
              </Button>
            </Stack>
          }
        >
          {t('booth.draftFound', { time: formatDateTime(draft.savedAt, i18n.language) })}
        </Alert>
      </>
    );
  }

  if (formValues === null) {
    // No draft was kept: start a fresh form once (state adjusted during render, as React allows).
    start(fresh());
    return null;
  }
  const current = formValues;
  return (
    <Box sx={{ maxWidth: 1100, '& .MuiInputBase-input': { fontSize: '1.125rem' } }}>
      {header}
      {!event && (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          action={
            <Button component={RouterLink} to="/settings">
              {t('booth.openSettings')}
            </Button>
          }
        >
          {t('booth.noEvent')}
        </Alert>
      )}
      <BoothForm
        key={current.key}
        initialValues={current.values}
        products={products}
        settings={settings}
        onSaved={(inquiry) => {
          setSaved(inquiry);
          start(fresh());
        }}
      />
      <Snackbar
        open={saved !== null}
        autoHideDuration={8000}
        onClose={() => setSaved(null)}
        message={
          <span data-testid="booth-saved">
            {t('booth.saved', { reference: saved?.reference ?? '' })}
          </span>
        }
        action={
          saved && (
            <Link component={RouterLink} to={`/inquiries/${saved.id}`} color="inherit">
              {t('booth.openSaved')}
            </Link>
          )
        }
      />
    </Box>
  );
}
