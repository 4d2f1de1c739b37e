import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { preloadPageAt } from './app/routes';
import { restoreSession } from './features/session/restore-session';
import { initI18n } from './i18n/i18n';

// Before the router reads the URL: a live session of this tab comes back, an expired one leads to /sign-in.
restoreSession();
// The page's code is fetched while its strings are: not after the first render asks for it.
preloadPageAt(window.location.pathname);

const root = document.getElementById('root');
// The first render waits for its strings (a few kilobytes, in the user's language only).
// Strings that failed to load (i18next has retried) must not leave a white page: render regardless.
const render = () => {
  if (!root) return;
  const reactRoot = createRoot(root);
  // As a transition, the first render gives way to the browser every few milliseconds instead of holding the main
  // thread for the whole shell and page at once (a long task the user feels as a page that does not answer).
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App queryClient={createQueryClient()} />
      </StrictMode>,
    );
  });
};
void initI18n().then(render, render);
