/*
 * What it takes to capture one complete booth request, field by field: the interactions the
 * booth form needs (a tap, typing into one field, a pick, a key press) and what the same field
 * would need on a form without the booth's prefills and defaults. The benchmark reports both;
 * a unit test checks that every field the form requires is listed, so the count cannot drift
 * from the form.
 */

export type CaptureStep = {
  /** The form field, or the action (`signature.draw`, `save`). */
  field: string;
  /** Interactions on the booth form. */
  interactions: number;
  /** Interactions without the booth's prefills, defaults and save-and-next shortcut. */
  interactionsWithoutShortcuts: number;
  why: string;
};

export const boothCaptureSteps: readonly CaptureStep[] = [
  { field: 'requesterType', interactions: 1, interactionsWithoutShortcuts: 1, why: 'one tap' },
  { field: 'name', interactions: 1, interactionsWithoutShortcuts: 1, why: 'typed' },
  {
    field: 'country',
    interactions: 0,
    interactionsWithoutShortcuts: 1,
    why: 'the event’s country',
  },
  {
    field: 'preferredLanguage',
    interactions: 0,
    interactionsWithoutShortcuts: 1,
    why: 'follows the country',
  },
  {
    field: 'email',
    interactions: 1,
    interactionsWithoutShortcuts: 1,
    why: 'the default answer is by e-mail',
  },
  { field: 'productId', interactions: 1, interactionsWithoutShortcuts: 1, why: 'one tap' },
  { field: 'questions.0.text', interactions: 1, interactionsWithoutShortcuts: 1, why: 'typed' },
  {
    field: 'questions.0.category',
    interactions: 1,
    interactionsWithoutShortcuts: 1,
    why: 'one pick',
  },
  { field: 'urgency', interactions: 0, interactionsWithoutShortcuts: 1, why: 'normal by default' },
  {
    field: 'preferredResponseMethod',
    interactions: 0,
    interactionsWithoutShortcuts: 1,
    why: 'e-mail by default',
  },
  {
    field: 'event',
    interactions: 0,
    interactionsWithoutShortcuts: 1,
    why: 'the current event, from Settings',
  },
  {
    field: 'consentToContact',
    interactions: 1,
    interactionsWithoutShortcuts: 1,
    why: 'never pre-ticked',
  },
  {
    field: 'privacyNoticeAcknowledged',
    interactions: 1,
    interactionsWithoutShortcuts: 1,
    why: 'one tick',
  },
  {
    field: 'safety.hasAdverseEvent',
    interactions: 1,
    interactionsWithoutShortcuts: 1,
    why: 'yes or no',
  },
  {
    field: 'safety.hasQualityComplaint',
    interactions: 1,
    interactionsWithoutShortcuts: 1,
    why: 'yes or no',
  },
  {
    field: 'safety.hasSpecialSituation',
    interactions: 1,
    interactionsWithoutShortcuts: 1,
    why: 'yes or no',
  },
  {
    field: 'signature.printedName',
    interactions: 0,
    interactionsWithoutShortcuts: 1,
    why: 'the requester’s name',
  },
  {
    field: 'signature.draw',
    interactions: 1,
    interactionsWithoutShortcuts: 1,
    why: 'the HCP signs',
  },
  { field: 'signature.sign', interactions: 1, interactionsWithoutShortcuts: 1, why: 'one tap' },
  {
    field: 'save',
    interactions: 1,
    interactionsWithoutShortcuts: 3,
    why: 'Ctrl+Enter saves and starts the next; otherwise save, then open a new form and set the event',
  },
];

/** The total interactions of a list of steps. */
export function countInteractions(steps: readonly CaptureStep[], withShortcuts: boolean): number {
  return steps.reduce(
    (total, step) =>
      total + (withShortcuts ? step.interactions : step.interactionsWithoutShortcuts),
    0,
  );
}
