import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new numbered migration into resources/migrations. Migrations are committed and
// append-only: tests/db/schema-snapshot.test.ts fails when one removes or changes what exists.
export default defineConfig({
  dialect: 'sqlite',
  schema: './main/core/db/schema/index.ts',
  out: './resources/migrations',
  breakpoints: true,
});
