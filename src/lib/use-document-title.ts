import { useEffect } from 'react';
import { escapeHiddenCharacters } from './hidden-characters';

export const productName = 'Instance Console';

/**
 * Sets the browser tab's title to "<page> · Instance Console" while the calling page is shown; a name's hidden
 * characters written out, as the tab cannot mark them.
 */
export function useDocumentTitle(pageTitle: string | null | undefined): void {
  useEffect(() => {
    document.title = pageTitle ? `${escapeHiddenCharacters(pageTitle)} · ${productName}` : productName;
  }, [pageTitle]);
}
