import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.join(here, 'src/server') + path.sep;

/** The web app: sources in src/web, built into dist/web, which the server serves. */
export default defineConfig({
  root: path.join(here, 'src/web'),
  publicDir: path.join(here, 'src/web/public'),
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The web imports the server's schemas and constants, and a module's schema may import
      // another module through its index.ts, which loads the whole module. In the browser only
      // the values used are wanted, never a server module's side effects (database, mail).
      treeshake: { moduleSideEffects: (id: string) => !id.startsWith(serverDir) },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
