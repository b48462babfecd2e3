import { hash } from "@node-rs/argon2";
import type { SeedDb } from "./db";
import { seedDemoHistory } from "./demo-history";
import { DEMO_MENTOR_EMAIL, DEMO_MENTOR_NAME } from "./demo-mentoring-data";
import { seedDemoMentoring } from "./demo-mentoring";

/** The demo account documented in the README, with a sample history, so a new user can look around at once. */
export const DEMO_EMAIL = "demo@preploop.dev";
export const DEMO_PASSWORD = "practice-makes-progress";

/** The demo mentor (same password): mentors the demo candidate, with reviews and a queue. */
export { DEMO_MENTOR_EMAIL };

export async function seedDemoAccount(db: SeedDb) {
  const id = await demoUser(db, DEMO_EMAIL, {
    displayName: "Demo Candidate",
    targetRole: "Machine Learning Engineer",
    targetLevel: "SENIOR",
    region: "UNITED_STATES",
    yearsExperience: 5,
  });
  const mentorId = await demoUser(db, DEMO_MENTOR_EMAIL, {
    displayName: DEMO_MENTOR_NAME,
    targetRole: "Staff Machine Learning Engineer",
    targetLevel: "STAFF",
    region: "EUROPE",
    yearsExperience: 11,
  });
  const t0 = Date.now();
  if (await seedDemoHistory(db, id)) {
    await seedDemoMentoring(db, id, mentorId);
    console.log(`[seed] demo accounts: sample history and mentoring written in ${Date.now() - t0} ms`);
  }
  return id;
}

type DemoProfile = {
  displayName: string;
  targetRole: string;
  targetLevel: "SENIOR" | "STAFF";
  region: "UNITED_STATES" | "EUROPE";
  yearsExperience: number;
};

async function demoUser(db: SeedDb, email: string, profile: DemoProfile) {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return existing.id;
  const passwordHash = await hash(DEMO_PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  // upsert: several instances may seed at once.
  const user = await db.user.upsert({
    where: { email },
    update: {},
    create: { email, passwordHash, ...profile, isDemo: true },
    select: { id: true },
  });
  return user.id;
}
