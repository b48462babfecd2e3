// The Lighthouse benchmark's user data (run with tsx by scripts/bench/lighthouse.mjs): gives the
// signed-up user `userId` the demo account's six weeks of history (assessments, practice
// answers, a finished mock interview, the review schedule), two offers and a career plan with
// milestones, through the same factories as the tests and the demo seed. Prints the mock's id.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemoHistory } from "../../prisma/seed/demo-history";
import { createMilestone, createOffer } from "../../tests/factories";

async function main() {
  const [userId] = process.argv.slice(2);
  if (!userId) throw new Error("usage: tsx scripts/bench/lighthouse-data.ts <userId>");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  try {
    await db.$transaction(async (tx) => {
      await seedDemoHistory(tx, userId, new Date(), { force: true });
      await createOffer(tx, userId);
      await createOffer(tx, userId, { company: "Second Labs", baseSalaryMinor: 185_000_00n, targetBonusBp: 2000, remotePolicy: "REMOTE" });
      await createMilestone(tx, userId, { title: "Lead a design review", targetDate: "2027-03-31", position: 0 });
      await createMilestone(tx, userId, { title: "Mentor two engineers", targetDate: "2027-06-30", position: 1 });
    }, { timeout: 120_000, maxWait: 120_000 });
    const mock = await db.mock.findFirstOrThrow({ where: { userId }, select: { id: true } });
    console.log(JSON.stringify({ mockId: mock.id }));
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error("[lighthouse-data] failed:", e instanceof Error ? e.message : e);
  process.exit(1);
});
