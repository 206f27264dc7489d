// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../src/renderer/src/app/i18n';
import { DismissalReasons, useDismissalReasons } from '../../../src/renderer/src/features/safety';
import type { ScreenAnswers } from '../../../src/shared/safety/screen-decision';
import type { SafetyDismissal } from '../../../src/shared/schemas';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

const allNo: ScreenAnswers = {
  hasAdverseEvent: false,
  hasQualityComplaint: false,
  hasSpecialSituation: false,
};

/** A stand-in for the inquiry's safety card: Save is enabled once every dismissal has a reason. */
function Card(props: {
  text: string;
  answers: Partial<ScreenAnswers>;
  recorded?: SafetyDismissal[];
  onSave: (dismissals: unknown) => void;
}): ReactNode {
  const state = useDismissalReasons(props.text, props.answers, props.recorded ?? []);
  return (
    <>
      <DismissalReasons state={state} recorded={props.recorded ?? []} />
      <button disabled={!state.isComplete} onClick={() => props.onSave(state.dismissals)}>
        Save
      </button>
    </>
  );
}

describe('a "no" to what screening flagged', () => {
  it('needs a reason before the answers can be saved', () => {
    const onSave = vi.fn();
    render(<Card text="She came out in a rash." answers={allNo} onSave={onSave} />);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText('Why is this not an adverse event?'), {
      target: { value: 'Sunburn, before she took anything' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith([
      { kind: 'adverse-event', reason: 'Sunburn, before she took anything' },
    ]);
  });

  it('asks nothing for a "yes", nor again once a reason is recorded', () => {
    render(
      <Card
        text="She came out in a rash."
        answers={{ ...allNo, hasAdverseEvent: true }}
        onSave={vi.fn()}
      />,
    );
    expect(screen.queryByLabelText('Why is this not an adverse event?')).toBeNull();
    cleanup();
    const recorded: SafetyDismissal[] = [
      {
        kind: 'adverse-event',
        reason: 'Sunburn, before she took anything',
        at: '2026-03-02T11:00:00.000+01:00',
      },
    ];
    render(
      <Card text="She came out in a rash." answers={allNo} recorded={recorded} onSave={vi.fn()} />,
    );
    expect(screen.queryByLabelText('Why is this not an adverse event?')).toBeNull();
    expect(screen.getByTestId('recorded-dismissal').textContent).toContain(
      'Dismissed (Adverse event)',
    );
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false);
  });
});
