import { useMemo, useState } from 'react';
import {
  assembleLetterInput,
  checkLetterReadiness,
  chooseLetterLanguage,
  detectCustomEdits,
  editedTextsHash,
  isCustomResponse,
  linkedDocumentIdsOf,
  type DocumentProblem,
  type LetterLanguageChoice,
  type LetterMethod,
  type ResponseLetterInput,
} from '../../../../shared/documents';
import { isDocumentSendable, toDeviceTimestamp } from '../../../../shared/domain';
import { isSupportedLanguage, type SupportedLanguage } from '../../../../shared/i18n';
import type {
  CustomResponse,
  Id,
  Inquiry,
  Product,
  ResponseDocument,
  Settings,
  User,
} from '../../../../shared/schemas';
import { todayInAffiliateCalendar } from '../../components/today';

/** Everything the letter screen needs from the store, loaded. */
export type LetterSources = {
  inquiry: Inquiry;
  documents: ResponseDocument[];
  products: Product[];
  settings: Settings;
  author: User;
};

export type LetterDraft = {
  method: LetterMethod;
  setMethod: (method: LetterMethod) => void;
  /** Linked documents, any language; the letter uses each one's variant in its language. */
  linked: ResponseDocument[];
  excludedIds: ReadonlySet<Id>;
  toggleDocument: (id: Id) => void;
  languageChoice: LetterLanguageChoice | null;
  language: SupportedLanguage | null;
  setChosenLanguage: (language: SupportedLanguage) => void;
  /** The variants the letter answers with, in its language. */
  documents: ResponseDocument[];
  editedBodies: Record<Id, string>;
  setEditedBody: (id: Id, body: string | null) => void;
  overrideReason: string;
  setOverrideReason: (reason: string) => void;
  safetyInformation: string;
  setSafetyInformation: (text: string) => void;
  /** The unsigned letter, or null while no language can be used. */
  input: ResponseLetterInput | null;
  problems: DocumentProblem[];
  isCustom: boolean;
  /** The reviewed custom response these exact texts belong to, if any. */
  reviewed: CustomResponse | null;
};

/**
 * The letter's language: the requester's when it works, else the officer's choice among those
 * that work. When no language works (a document expired, say), the requester's own, so that the
 * readiness check names the documents that block the letter.
 */
function letterLanguageOf(
  choice: LetterLanguageChoice | null,
  chosen: SupportedLanguage | null,
): SupportedLanguage | null {
  if (choice === null) return null;
  if (choice.kind === 'preferred') return choice.language;
  if (chosen && choice.availableLanguages.includes(chosen)) return chosen;
  if (choice.availableLanguages.length > 0) return null;
  const preferred = choice.preferredLanguage.slice(0, 2);
  return isSupportedLanguage(preferred) ? preferred : 'en';
}

function defaultMethod(inquiry: Inquiry): LetterMethod {
  return inquiry.preferredResponseMethod === 'email' ? 'email' : 'letter';
}

/** A reviewed custom response the officer has not sent yet: the letter starts from its texts. */
function reviewedCustom(inquiry: Inquiry): CustomResponse | null {
  return inquiry.customResponses.findLast((custom) => custom.status === 'reviewed') ?? null;
}

function onlyCustomEdits(
  editedBodies: Record<Id, string>,
  input: ResponseLetterInput | null,
): Record<Id, string> {
  if (!input) return {};
  const custom = input.answers.filter(
    (answer) => answer.editedBody != null && isCustomResponse({ ...input, answers: [answer] }),
  );
  return Object.fromEntries(
    custom.map((answer) => [answer.document.id, editedBodies[answer.document.id] ?? '']),
  );
}

/**
 * The letter being written: documents, language (the requester's when every document has an
 * approved variant in it, else the officer's choice — never a translation), edits, and the
 * problems that stop it from being generated, all derived from the store and the officer's input.
 */
export function useLetterDraft(sources: LetterSources): LetterDraft {
  const { inquiry, documents: library } = sources;
  const reviewedStart = reviewedCustom(inquiry);
  const [method, setMethod] = useState<LetterMethod>(
    reviewedStart?.method === 'email' ? 'email' : defaultMethod(inquiry),
  );
  const [excludedIds, setExcludedIds] = useState<ReadonlySet<Id>>(new Set());
  const [chosenLanguage, setChosenLanguage] = useState<SupportedLanguage | null>(null);
  const [editedBodies, setEditedBodies] = useState<Record<Id, string>>(
    reviewedStart ? (inquiry.personal.customResponseTexts[reviewedStart.id] ?? {}) : {},
  );
  const [overrideReason, setOverrideReason] = useState('');
  const [safetyInformation, setSafetyInformation] = useState('');
  const today = todayInAffiliateCalendar();

  const linked = useMemo(() => {
    const byId = new Map(library.map((document) => [document.id, document]));
    return linkedDocumentIdsOf(inquiry).flatMap((id) => byId.get(id) ?? []);
  }, [inquiry, library]);
  const selected = linked.filter((document) => !excludedIds.has(document.id));
  const groups = new Set(selected.map((document) => document.variantGroupId));
  const languageChoice =
    selected.length === 0
      ? null
      : chooseLetterLanguage({
          preferredLanguage: inquiry.requester.preferredLanguage,
          selected,
          variants: library.filter((document) => groups.has(document.variantGroupId)),
          today,
        });
  const language = letterLanguageOf(languageChoice, chosenLanguage);
  const documents = [...groups].flatMap((groupId) => {
    const inLanguage = library.filter(
      (document) =>
        document.variantGroupId === groupId && document.language.slice(0, 2) === language,
    );
    // An expired or withdrawn document stays in the letter so readiness can say why it cannot go.
    const fallback = selected.find((document) => document.variantGroupId === groupId);
    const chosen =
      inLanguage.find((document) => isDocumentSendable(document, today)) ??
      inLanguage[0] ??
      fallback;
    return chosen ? [chosen] : [];
  });
  // With no selection, the letter is still assembled so that readiness says what is missing.
  const letterLanguage = language ?? (selected.length === 0 ? 'en' : null);
  const input = letterLanguage
    ? assembleLetterInput({
        inquiry,
        documents,
        editedBodies,
        products: sources.products,
        letterhead: sources.settings.letterhead,
        language: letterLanguage,
        method,
        author: {
          printedName: sources.author.displayName,
          jobTitle: sources.author.jobTitle || null,
        },
        letterDate: today,
        generatedAt: toDeviceTimestamp(new Date()),
        importantSafetyInformation: safetyInformation,
        patientOverrideReason: overrideReason,
      })
    : null;
  const problems = input ? checkLetterReadiness(input) : [];
  const isCustom = input ? isCustomResponse(input) : false;
  const customTexts = onlyCustomEdits(editedBodies, input);
  const reviewed =
    reviewedStart &&
    isCustom &&
    reviewedStart.language === language &&
    reviewedStart.textSha256 === editedTextsHash(customTexts)
      ? reviewedStart
      : null;

  return {
    method,
    setMethod,
    linked,
    excludedIds,
    toggleDocument: (id) =>
      setExcludedIds((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    languageChoice,
    language,
    setChosenLanguage,
    documents,
    editedBodies,
    setEditedBody: (id, body) =>
      setEditedBodies((current) => {
        const { [id]: _removed, ...rest } = current;
        return body === null ? rest : { ...rest, [id]: body };
      }),
    overrideReason,
    setOverrideReason,
    safetyInformation,
    setSafetyInformation,
    input,
    problems,
    isCustom,
    reviewed,
  };
}

/** The edited texts that make the letter custom, by document id: what a review covers. */
export function customTextsOf(
  draft: Pick<LetterDraft, 'editedBodies' | 'input'>,
): Record<Id, string> {
  return onlyCustomEdits(draft.editedBodies, draft.input);
}

export { detectCustomEdits };
