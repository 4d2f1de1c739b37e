import { useCallback, useEffect, useState } from 'react';

export interface UrlText {
  text: string;
  setText: (value: string) => void;
  /** Writes the value to the URL now. */
  commit: (value: string) => void;
}

/**
 * A text field backed by a URL parameter: typing stays local (instant), and reaches the URL on `commit` or after
 * `debounceMs` when `accept` says so. A change of the URL from elsewhere (Back, "Clear filters") replaces the text;
 * our own write landing (the router updates the URL a moment later) does not.
 */
export function useUrlText(urlValue: string, write: (value: string) => void, debounceMs: number, accept: (value: string) => boolean = () => true): UrlText {
  const [text, setText] = useState(urlValue);
  const [seenUrl, setSeenUrl] = useState(urlValue);
  const [committed, setCommitted] = useState(urlValue);
  if (urlValue !== seenUrl) {
    setSeenUrl(urlValue);
    if (urlValue !== committed) {
      setCommitted(urlValue);
      setText(urlValue);
    }
  }
  const commit = useCallback(
    (value: string) => {
      setText(value);
      setCommitted(value);
      write(value);
    },
    [write],
  );
  useEffect(() => {
    if (text === committed || !accept(text)) return undefined;
    const timer = setTimeout(() => commit(text), debounceMs);
    return () => clearTimeout(timer);
  }, [text, committed, accept, commit, debounceMs]);
  return { text, setText, commit };
}
