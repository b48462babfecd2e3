import { hash } from "@node-rs/argon2";
import type { SeedDb } from "./db";
import { seedDemoHistory } from "./demo-history";

/** The demo account documented in the README, with a sample history, so a new user can look around at once. */
export const DEMO_EMAIL = "demo@preploop.dev";
export const DEMO_PASSWORD = "practice-makes-progress";

export async function seedDemoAccount(db: SeedDb) {
  const id = await demoUser(db);
  const t0 = Date.now();
  if (await seedDemoHistory(db, id)) console.log(`[seed] demo account: sample history written in ${Date.now() - t0} ms`);
  return id;
}

async function demoUser(db: SeedDb) {
  const existing = await db.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } });
  if (existing) return existing.id;
  const passwordHash = await hash(DEMO_PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  // upsert: several instances may seed at once.
  const user = await db.user.upsert({
    where: { email: DEMO_EMAIL },
    update: {},
    create: {
      email: DEMO_EMAIL,
      passwordHash,
      displayName: "Demo Candidate",
      targetRole: "Machine Learning Engineer",
      targetLevel: "SENIOR",
      region: "UNITED_STATES",
      yearsExperience: 5,
      isDemo: true,
    },
    select: { id: true },
  });
  return user.id;
}
