import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';
import { i18n } from '../i18n/i18n';

// Mantine needs these in jsdom.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  }),
});
// jsdom has no FontFaceSet; Mantine's autosizing Textarea listens to it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() } });
}
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// findBy*/waitFor give up after 5 s instead of 1 s: on two busy cores (CI with Playwright's browsers beside it) a
// page behind a lazy route and the simulated cloud has taken longer than a second to appear. They return as soon as
// the page is there, so a passing test is no slower.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());

// Test files share one jsdom per worker (`isolate: false`): each file leaves the page as a fresh one.
afterAll(async () => {
  notifications.clean();
  document.body.innerHTML = '';
  document.title = '';
  document.documentElement.removeAttribute('data-mantine-color-scheme');
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  if (i18n.language !== 'en') await i18n.changeLanguage('en');
});
