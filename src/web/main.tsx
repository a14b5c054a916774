/** Entry point of the web UI (loaded by /index.html). */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import './theme/theme.css';
import './i18n.ts';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api.ts';
import { App } from './App.tsx';
import { preloadRoute } from './routes.ts';
import { sessionQuery } from './session.ts';
import { UiProviders } from './theme/UiProviders.tsx';

// Before React renders anything: the session, and the chunk and data of the page asked for, all at once.
void queryClient.prefetchQuery(sessionQuery);
preloadRoute(window.location.pathname, queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <UiProviders>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </UiProviders>
  </StrictMode>,
);
