import { defineConfig } from 'drizzle-kit';

/** Every table lives in a `*.tables.ts` file: the platform's and each module's. */
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/server/platform/*.tables.ts', './src/server/modules/*/*.tables.ts'],
  out: './migrations',
});
