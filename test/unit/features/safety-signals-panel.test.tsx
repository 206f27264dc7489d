// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../src/renderer/src/app/i18n';
import { SafetySignalsPanel } from '../../../src/renderer/src/features/safety';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

describe('the safety signals panel the inquiry capture embeds', () => {
  const text = 'My patient came out in a rash after the second dose, and the pen jammed.';

  it('highlights what screening found and opens a report for a confirmed signal', () => {
    const onOpenReport = vi.fn();
    render(<SafetySignalsPanel text={text} onOpenReport={onOpenReport} />);
    const marked = screen.getAllByTestId('signal-highlight').map((mark) => mark.textContent);
    expect(marked.some((words) => words?.includes('rash'))).toBe(true);
    expect(marked.some((words) => words?.includes('jammed'))).toBe(true);
    const [first] = screen.getAllByRole('button', { name: 'Open report' });
    if (!first) throw new Error('No signal to confirm');
    fireEvent.click(first);
    expect(onOpenReport).toHaveBeenCalledWith(expect.objectContaining({ kind: 'adverse-event' }));
  });

  it('dismisses a signal only with a reason, and tells the host', () => {
    const onDismiss = vi.fn();
    render(
      <SafetySignalsPanel
        text="She came out in a rash."
        onOpenReport={vi.fn()}
        onDismiss={onDismiss}
      />,
    );
    const dismiss = screen.getByRole('button', { name: 'Dismiss' });
    expect(dismiss).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText('Why is this not safety information?'), {
      target: { value: 'Rash from sunburn, no product taken' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'adverse-event' }),
      'Rash from sunburn, no product taken',
    );
    expect(screen.getByText('Dismissed: Rash from sunburn, no product taken')).toBeTruthy();
  });

  it('shows nothing for a question about safety data', () => {
    const { container } = render(
      <SafetySignalsPanel
        text="What were the most common adverse events in the trial?"
        onOpenReport={vi.fn()}
      />,
    );
    expect(container.textContent).toBe('');
  });
});
