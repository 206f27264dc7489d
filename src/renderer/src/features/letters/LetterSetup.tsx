import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isLayRecipient, type DocumentProblem } from '../../../../shared/documents';
import { isSupportedLanguage } from '../../../../shared/i18n';
import type { LetterDraft } from './use-letter-draft';

/** A language's name in the UI's language, e.g. "Deutsch" → "German" in English. */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function LanguageChoice({ draft }: { draft: LetterDraft }): ReactNode {
  const { t, i18n } = useTranslation();
  const choice = draft.languageChoice;
  if (!choice) return null;
  const name = (code: string): string => languageName(code, i18n.language);
  if (choice.kind === 'preferred') {
    return (
      <Alert severity="info" data-testid="letter-language">
        {t('letterWriting.languagePreferred', { language: name(choice.language) })}
      </Alert>
    );
  }
  const documents = choice.missing.map((missing) => missing.reference ?? missing.title).join(', ');
  const message =
    choice.reason === 'language-not-supported'
      ? t('letterWriting.languageUnsupported', { preferred: name(choice.preferredLanguage) })
      : t('letterWriting.languageMissing', {
          preferred: name(choice.preferredLanguage),
          documents,
        });
  return (
    <Alert severity="warning" data-testid="letter-language">
      <Stack spacing={1}>
        <span>{message}</span>
        {choice.availableLanguages.length === 0 ? (
          <strong>{t('letterWriting.languageNone')}</strong>
        ) : (
          <TextField
            select
            size="small"
            label={t('letterWriting.language')}
            value={draft.language ?? ''}
            onChange={(change) => {
              if (isSupportedLanguage(change.target.value)) {
                draft.setChosenLanguage(change.target.value);
              }
            }}
            slotProps={{ htmlInput: { 'data-testid': 'letter-language-choice' } }}
            sx={{ maxWidth: 240 }}
          >
            {choice.availableLanguages.map((language) => (
              <MenuItem key={language} value={language}>
                {name(language)}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Stack>
    </Alert>
  );
}

export function LetterProblems({ problems }: { problems: DocumentProblem[] }): ReactNode {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert severity="error" data-testid="letter-problems">
      <AlertTitle>{t('letterWriting.problemsTitle')}</AlertTitle>
      <Stack component="ul" sx={{ m: 0, pl: 2 }}>
        {problems.map((found, index) => (
          <li key={`${found.code}-${index}`} data-problem={found.code}>
            {t(`documentProblems.${found.code}`, { ...found.values, defaultValue: found.message })}
          </li>
        ))}
      </Stack>
    </Alert>
  );
}

function AnswerTexts({ draft }: { draft: LetterDraft }): ReactNode {
  const { t } = useTranslation();
  return draft.documents.map((document) => {
    const edited = draft.editedBodies[document.id];
    const reference = document.reference ?? document.title;
    return (
      <Stack key={document.id} spacing={1}>
        {edited === undefined ? (
          <Button
            size="small"
            onClick={() => draft.setEditedBody(document.id, document.body)}
            sx={{ alignSelf: 'flex-start' }}
            data-testid="letter-edit-text"
          >
            {t('letterWriting.editText')} · {reference}
          </Button>
        ) : (
          <>
            <TextField
              multiline
              minRows={4}
              maxRows={16}
              label={t('letterWriting.answerText', { reference })}
              value={edited}
              onChange={(change) => draft.setEditedBody(document.id, change.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'letter-answer-text' } }}
            />
            <Button
              size="small"
              onClick={() => draft.setEditedBody(document.id, null)}
              sx={{ alignSelf: 'flex-start' }}
            >
              {t('letterWriting.useApproved')}
            </Button>
          </>
        )}
      </Stack>
    );
  });
}

/** What the letter is made of: the way it goes, the documents, its language and the edits. */
export function LetterSetup({ draft }: { draft: LetterDraft }): ReactNode {
  const { t, i18n } = useTranslation();
  const input = draft.input;
  return (
    <Stack spacing={2}>
      <TextField
        select
        size="small"
        label={t('letterWriting.method')}
        value={draft.method}
        onChange={(change) => draft.setMethod(change.target.value === 'email' ? 'email' : 'letter')}
        slotProps={{ htmlInput: { 'data-testid': 'letter-method' } }}
        sx={{ maxWidth: 240 }}
      >
        <MenuItem value="letter">{t('responseMethod.letter')}</MenuItem>
        <MenuItem value="email">{t('responseMethod.email')}</MenuItem>
      </TextField>
      <Typography variant="subtitle2">{t('letterWriting.documents')}</Typography>
      {draft.linked.length === 0 ? (
        <Alert severity="warning">{t('letterWriting.noDocuments')}</Alert>
      ) : (
        <Stack>
          {draft.linked.map((document) => (
            <FormControlLabel
              key={document.id}
              control={
                <Checkbox
                  checked={!draft.excludedIds.has(document.id)}
                  onChange={() => draft.toggleDocument(document.id)}
                />
              }
              label={`${document.title} — ${t('letterWriting.documentLine', {
                reference: document.reference ?? '',
                version: document.version,
                language: languageName(document.language, i18n.language),
              })}`}
            />
          ))}
        </Stack>
      )}
      <LanguageChoice draft={draft} />
      {input &&
        isLayRecipient(input) &&
        input.answers.some((a) => a.document.audience === 'hcp') && (
          <TextField
            size="small"
            label={t('letterWriting.overrideReason')}
            value={draft.overrideReason}
            onChange={(change) => draft.setOverrideReason(change.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'letter-override-reason' } }}
          />
        )}
      {input?.inquiry.isOffLabel && (
        <TextField
          multiline
          minRows={3}
          label={t('letterWriting.safetyInformation')}
          value={draft.safetyInformation}
          onChange={(change) => draft.setSafetyInformation(change.target.value)}
        />
      )}
      <AnswerTexts draft={draft} />
      {draft.isCustom && (
        <Alert severity={draft.reviewed ? 'success' : 'warning'} data-testid="letter-custom">
          {draft.reviewed ? t('letterWriting.reviewedNotice') : t('letterWriting.customNotice')}
        </Alert>
      )}
    </Stack>
  );
}
