import { afterEach, describe, expect, it } from 'vitest';
import { clearDraft, DRAFT_STORAGE_KEY, loadDraft, saveDraft } from './draft-storage';
import { validValues } from './test-catalog';

afterEach(() => sessionStorage.clear());

describe('the draft in sessionStorage', () => {
  it('comes back as it was saved', () => {
    saveDraft(validValues, 'network', 1_000);
    expect(loadDraft()).toEqual({ values: validValues, furthest: 'network', savedAt: 1_000 });
    clearDraft();
    expect(loadDraft()).toBeNull();
  });

  it('lives in this tab only, and holds the form values and nothing else', () => {
    saveDraft(validValues, 'image');
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    const stored = JSON.parse(sessionStorage.getItem(DRAFT_STORAGE_KEY) ?? '{}') as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['furthest', 'savedAt', 'values', 'version']);
    expect(JSON.stringify(stored)).not.toMatch(/PRIVATE KEY/);
  });

  it.each([['not json'], [JSON.stringify({ version: 2, values: validValues, furthest: 'image', savedAt: 1 })], [JSON.stringify({ version: 1, values: { name: 1 } })]])(
    'drops what it cannot read: %s',
    (raw) => {
      sessionStorage.setItem(DRAFT_STORAGE_KEY, raw);
      expect(loadDraft()).toBeNull();
    },
  );
});
