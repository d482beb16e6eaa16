import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes versioned SQL migrations; the app applies them at start-up.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema/index.ts',
  out: './src/store/migrations',
  strict: true,
});
