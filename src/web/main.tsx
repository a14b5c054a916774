/** Entry point of the web UI (loaded by /index.html). */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import './theme/theme.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api.ts';
import { App } from './App.tsx';
import { i18nReady, storedLocale } from './i18n.ts';
import { preloadRoute } from './routes.ts';
import { sessionQuery } from './session.ts';
import { UiProviders } from './theme/UiProviders.tsx';

/**
 * At most this long the first render waits for the session and the page's code and data; later it
 * renders anyway, with loaders where something is still on its way.
 */
const FIRST_RENDER_WAIT_MS = 400;

// Before React renders anything: the session, and the chunk and data of the page asked for, all at once
// (on a cold load the page's HTML has already asked for them: src/server/page-hints.ts).
const pageReady = Promise.allSettled([
  queryClient.prefetchQuery(sessionQuery),
  preloadRoute(window.location.pathname, queryClient),
]);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

function render(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <UiProviders>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </UiProviders>
    </StrictMode>,
  );
}

// React renders once the page's session, code and data are in, so the first commit is the page itself
// rather than a loader, then the shell, then the page (each a layout of its own).
// English is a chunk of its own: when it is the stored choice, render once it is there, not Dutch for a moment.
// (Thens, not a top-level await: that would make the bundler split the start-up code into many small files.)
const english = storedLocale() === 'en' ? i18nReady : Promise.resolve();
const waited = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
void english.then(() => Promise.race([pageReady, waited])).then(() => render(root));
