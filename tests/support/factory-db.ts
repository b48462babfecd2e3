// A Prisma client on the test database (DATABASE_URL, set by scripts/test.mjs) for the
// factories of tests/factories/.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

export function openFactoryDb() {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 2 }) });
}
