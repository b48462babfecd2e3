// The idempotent seed: reference content and the demo account. Safe to run any number of times.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemoAccount } from "./demo";

async function main() {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  try {
    const t0 = Date.now();
    await seedDemoAccount(db);
    console.log(`[seed] done in ${Date.now() - t0} ms`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error("[seed] failed:", e instanceof Error ? e.message : e);
  process.exit(1);
});
