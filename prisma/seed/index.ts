// The idempotent seed: the question bank, reference content and the demo account. Safe to
// run any number of times, from several instances at once: it runs in one transaction
// under an advisory lock, so it applies completely or not at all.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemoAccount } from "./demo";
import { seedQuestions } from "./questions";

const SEED_LOCK = 7_270_001;

async function main() {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  try {
    const t0 = Date.now();
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
        const q = await seedQuestions(tx);
        console.log(
          `[seed] questions: ${q.total} in files, ${q.created} created, ${q.updated} updated, ${q.retired} retired`,
        );
        await seedDemoAccount(tx);
      },
      { timeout: 300_000, maxWait: 300_000 },
    );
    console.log(`[seed] done in ${Date.now() - t0} ms`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error("[seed] failed:", e instanceof Error ? e.message : e);
  process.exit(1);
});
