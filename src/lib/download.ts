/** How long the object URL of a saved file stays valid: long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 1_000;

/**
 * Saves `text` as a file named `fileName` through the browser's download, from memory.
 * A Blob object URL rather than a `data:` URL, so the content never becomes part of a URL string; it is revoked
 * a moment later, so it cannot be opened again from this page.
 */
export function saveTextFile(fileName: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
