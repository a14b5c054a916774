import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The web UI: `index.html` at the repo root, built into `dist/web` and served by the API server. */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
