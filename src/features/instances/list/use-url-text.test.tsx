import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlText } from './use-url-text';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setUp(initial = '') {
  const write = vi.fn<(value: string) => void>();
  const hook = renderHook(({ url }) => useUrlText(url, write, 300), { initialProps: { url: initial } });
  return { write, hook };
}

describe('useUrlText', () => {
  it('writes to the URL after a pause, and keeps the text while the URL catches up', () => {
    const { write, hook } = setUp();
    act(() => hook.result.current.setText('web'));
    act(() => {
      vi.advanceTimersByTime(299);
    });
    expect(write).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(write).toHaveBeenCalledWith('web');
    act(() => hook.result.current.setText('web-0'));
    hook.rerender({ url: 'web' }); // the router's update of the first write lands late
    expect(hook.result.current.text).toBe('web-0');
  });

  it('takes a change of the URL from elsewhere (Back, Clear filters)', () => {
    const { hook } = setUp('web');
    hook.rerender({ url: '' });
    expect(hook.result.current.text).toBe('');
    hook.rerender({ url: 'db' });
    expect(hook.result.current.text).toBe('db');
  });

  it('does not write what the field refuses', () => {
    const write = vi.fn<(value: string) => void>();
    const hook = renderHook(() => useUrlText('', write, 300, (value) => !value.includes('(')));
    act(() => hook.result.current.setText('web('));
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(write).not.toHaveBeenCalled();
  });
});
