// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  hasUnsavedInput,
  useHasUnsavedInput,
  useReportUnsavedInput,
} from '../../../src/renderer/src/app/unsaved-input';

describe('unsaved input', () => {
  it('is held while any form reports it, and released when the form saves or goes away', () => {
    const watcher = renderHook(() => useHasUnsavedInput());
    const first = renderHook(({ isDirty }) => useReportUnsavedInput('inquiry', isDirty), {
      initialProps: { isDirty: true },
    });
    const second = renderHook(({ isDirty }) => useReportUnsavedInput('safety', isDirty), {
      initialProps: { isDirty: true },
    });
    expect(watcher.result.current).toBe(true);

    act(() => first.rerender({ isDirty: false }));
    expect(watcher.result.current).toBe(true);

    act(() => second.unmount());
    expect(watcher.result.current).toBe(false);
    expect(hasUnsavedInput()).toBe(false);
  });
});
