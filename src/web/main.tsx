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

// Before React renders anything: the session, and the chunk and data of the page asked for, all at once.
void queryClient.prefetchQuery(sessionQuery);
preloadRoute(window.location.pathname, queryClient);

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

// English is a chunk of its own: when it is the stored choice, render once it is there, not Dutch for a moment.
// (A then, not a top-level await: that would make the bundler split the start-up code into many small files.)
if (storedLocale() === 'en') void i18nReady.then(() => render(root));
else render(root);
