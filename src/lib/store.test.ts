import { describe, expect, it, vi } from 'vitest';
import { createStore, resetAllStores } from './store';

describe('createStore', () => {
  it('is reset to its initial state by resetAllStores, and its subscribers hear it', () => {
    const counter = createStore(() => ({ count: 0, label: 'start' }));
    const words = createStore<{ words: readonly string[] }>(() => ({ words: [] }));
    counter.setState({ count: 3 });
    words.setState({ words: ['a'] });
    const listener = vi.fn();
    counter.subscribe(listener);

    resetAllStores();

    expect(counter.getState()).toEqual({ count: 0, label: 'start' });
    expect(words.getState()).toEqual({ words: [] });
    expect(listener).toHaveBeenCalledWith({ count: 0, label: 'start' }, { count: 3, label: 'start' });
  });

  it('replaces the state whole on reset: a field added since does not survive', () => {
    const store = createStore<{ session: { token: string; userName?: string } | null }>(() => ({ session: null }));
    store.setState({ session: { token: 't', userName: 'ops' } });
    resetAllStores();
    expect(store.getState()).toEqual({ session: null });
  });
});
