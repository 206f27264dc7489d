import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { supportedLanguages } from '../../../../../shared/i18n';
import { audienceSchema, documentKindSchema } from '../../../../../shared/schemas';
import type { Audience, DocumentKind, Id, ResponseDocument } from '../../../../../shared/schemas';
import { createActor, createDraftDocument, getDatabase, useProducts } from '../../../data';
import { readDocxDraft } from './read-docx';

type DocxImportDialogProps = {
  file: File | null;
  userId: Id;
  onClose: () => void;
  onCreated: (document: ResponseDocument) => void;
};

/** Asks what the Word file is about (product, language, audience, kind), then makes a draft. */
export function DocxImportDialog({
  file,
  userId,
  onClose,
  onCreated,
}: DocxImportDialogProps): ReactNode {
  const { t, i18n } = useTranslation();
  const products = useProducts() ?? [];
  const [productId, setProductId] = useState<Id>('');
  const [language, setLanguage] = useState(i18n.language);
  const [audience, setAudience] = useState<Audience>('hcp');
  const [kind, setKind] = useState<DocumentKind>('srd');
  const [problem, setProblem] = useState<string | null>(null);
  const create = async (): Promise<void> => {
    if (file === null || productId === '') return;
    try {
      const content = await readDocxDraft(await file.arrayBuffer(), file.name);
      const draft = await createDraftDocument(
        getDatabase(),
        {
          ...content,
          kind,
          productIds: [productId],
          topics: [],
          audience,
          language,
          origin: { kind: 'docx', fileName: file.name },
        },
        createActor(userId),
      );
      onCreated(draft);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Dialog open={file !== null} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('library.transfer.wordTitle', { fileName: file?.name ?? '' })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            label={t('library.filters.product')}
            value={productId}
            onChange={(event) => setProductId(event.target.value)}
          >
            {products.map((product) => (
              <MenuItem key={product.id} value={product.id}>
                {product.brandName} ({product.genericName})
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('library.filters.language')}
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
          >
            {supportedLanguages.map((code) => (
              <MenuItem key={code} value={code}>
                {t(`language.${code}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('library.filters.audience')}
            value={audience}
            onChange={(event) => setAudience(audienceSchema.parse(event.target.value))}
          >
            {audienceSchema.options.map((option) => (
              <MenuItem key={option} value={option}>
                {t(`library.audience.${option}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('library.kind')}
            value={kind}
            onChange={(event) => setKind(documentKindSchema.parse(event.target.value))}
          >
            {documentKindSchema.options.map((option) => (
              <MenuItem key={option} value={option}>
                {t(`library.${option}`)}
              </MenuItem>
            ))}
          </TextField>
          {problem !== null && <Alert severity="error">{problem}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('library.approve.cancel')}</Button>
        <Button variant="contained" disabled={productId === ''} onClick={() => void create()}>
          {t('library.transfer.wordCreate')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
