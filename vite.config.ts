import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The web UI: `index.html` at the repo root, built into `dist/web` and served by the API server. */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: a separate chunk each keeps them cached.
        codeSplitting: {
          groups: [
            // The handbook's rich-text editor (TipTap, ProseMirror), loaded only with its document page.
            {
              name: 'editor',
              test: /node_modules[\\/](@tiptap|prosemirror-|@mantine[\\/]tiptap|linkifyjs|orderedmap|rope-sequence|w3c-keyname)/,
            },
            { name: 'mantine', test: /node_modules[\\/]@mantine/ },
            // The charts of the finance pages, loaded only with those pages.
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
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
