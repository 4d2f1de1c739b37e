import { useEffect } from 'react';

export const productName = 'Instance Console';

/** Sets the browser tab's title to "<page> · Instance Console" while the calling page is shown. */
export function useDocumentTitle(pageTitle: string | null | undefined): void {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${productName}` : productName;
  }, [pageTitle]);
}
