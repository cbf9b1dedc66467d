// Prisma 7 reads the database URL here, not from schema.prisma. kei leaves DATABASE_URL in
// secrets/db.env: load it first (set -a; . secrets/db.env; set +a).
import { defineConfig, env } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
  },
  datasource: {
    url: env('DATABASE_URL').replace(/^(jdbc:)?sqlite:/, 'file:'),
  },
});
