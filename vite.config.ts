import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The web UI: `index.html` at the repo root, built into `dist/web` and served by the API server. */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // dist/web/.vite/manifest.json: which chunks a page's source needs, for the server's page hints
    // (src/server/page-hints.ts). The server serves /assets only, not this file.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: a separate chunk each keeps them cached.
        codeSplitting: {
          groups: [
            // The handbook's rich-text editor (@mantine/tiptap, TipTap, ProseMirror) is in no group: it stays
            // in the chunk of the document page that uses it, loaded with that page only.
            // `$initial`: only what the first page load itself needs (the entry's static imports). A library
            // that only lazily loaded pages use (zod and hono via schemas, @mantine/dates, …) goes with those
            // pages' chunks, not into the start: a cold load of any page parses ~30 % less JavaScript.
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/](?!tiptap)/, tags: ['$initial'] },
            // The charts of the finance pages, loaded only with those pages.
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/ },
            {
              name: 'vendor',
              test: /node_modules[\\/](?!@tiptap|prosemirror-|@mantine[\\/]tiptap|linkifyjs|orderedmap|rope-sequence|w3c-keyname)/,
              tags: ['$initial'],
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
