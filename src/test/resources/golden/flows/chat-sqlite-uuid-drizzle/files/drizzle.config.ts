// drizzle-kit's settings: the schema kei wrote from db/schema.sql's model, and the database in
// DATABASE_URL (kei leaves secrets/db.env for it; load it first: set -a; . secrets/db.env; set +a).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './drizzle',
  dbCredentials: {
    url: process.env.DATABASE_URL!.replace(/^(jdbc:)?sqlite:/, ''),
  },
});
