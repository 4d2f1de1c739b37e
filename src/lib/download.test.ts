import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveTextFile } from './download';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('saveTextFile', () => {
  it('downloads the text under the name from a short-lived object URL, leaving nothing in the document', async () => {
    vi.useFakeTimers();
    let saved: Blob | undefined;
    const create = vi.fn((blob: Blob) => ((saved = blob), 'blob:http://localhost/1'));
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicks: { download: string; href: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href, attached: this.isConnected });
    });

    saveTextFile('web key.pem', 'secret text\n', 'application/x-pem-file');

    expect(clicks).toEqual([{ download: 'web key.pem', href: 'blob:http://localhost/1', attached: true }]);
    expect(saved?.type).toBe('application/x-pem-file');
    expect(await saved?.text()).toBe('secret text\n');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(revoke).toHaveBeenCalledWith('blob:http://localhost/1');
  });
});
