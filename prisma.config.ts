// Used only by `prisma generate`. Migrations do not go through the Prisma CLI (its schema
// engine binary cannot be downloaded here): `habeas db migrate` applies them through the
// WebAssembly schema engine, see store/migrate/.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'store/prisma/schema.prisma',
  migrations: { path: 'store/prisma/migrations' },
});
