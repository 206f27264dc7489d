import { describe, expect, it } from 'vitest';
import { screenText } from '../../../../src/shared/safety';
import { dismissedKinds } from '../../../../src/shared/safety/screen-decision';

describe('which screening signals the answers dismiss', () => {
  const signals = screenText('She came out in a rash and the pen jammed.');

  it('names each flagged kind answered "no", in the questions’ order', () => {
    expect(
      dismissedKinds(signals, {
        hasAdverseEvent: false,
        hasQualityComplaint: false,
        hasSpecialSituation: false,
      }),
    ).toEqual(['adverse-event', 'product-complaint']);
  });

  it('asks nothing for a "yes" or a question not answered yet', () => {
    expect(dismissedKinds(signals, { hasAdverseEvent: true })).toEqual([]);
    expect(dismissedKinds(signals, { hasQualityComplaint: true, hasAdverseEvent: false })).toEqual([
      'adverse-event',
    ]);
  });

  it('asks nothing when screening found nothing', () => {
    expect(
      dismissedKinds(screenText('What is the dose in renal impairment?'), {
        hasAdverseEvent: false,
      }),
    ).toEqual([]);
  });
});
