import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_STORAGE_KEY, loadDraft } from './draft-storage';
import { useDraftAutosave } from './use-draft-autosave';
import { EMPTY_VALUES, type WizardValues } from './wizard-values';

const typed = (name: string): WizardValues => ({ ...EMPTY_VALUES, name });

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

function renderAutosave() {
  return renderHook(({ values }) => useDraftAutosave(values, 'image'), { initialProps: { values: EMPTY_VALUES } });
}

describe('useDraftAutosave', () => {
  it('saves a moment after the last change', () => {
    const { rerender } = renderAutosave();
    rerender({ values: typed('web') });
    rerender({ values: typed('web-01') });
    act(() => {
      vi.advanceTimersByTime(299);
    });
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(loadDraft()?.values.name).toBe('web-01');
  });

  it('saves at once when the page is left', () => {
    const { rerender, unmount } = renderAutosave();
    rerender({ values: typed('web-01') });
    unmount();
    expect(loadDraft()?.values.name).toBe('web-01');
  });

  it('saves nothing after stop, not even a change made just before it', () => {
    const { result, rerender, unmount } = renderAutosave();
    rerender({ values: typed('web-01') });
    act(() => result.current.stop());
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    unmount();
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });
});
