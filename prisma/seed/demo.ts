import { verify } from "@node-rs/argon2";
import { passwordHashOf } from "../../tests/factories/users";
import type { SeedDb } from "./db";
import { seedDemoHistory } from "./demo-history";
import { DEMO_EMAIL, DEMO_MENTOR_EMAIL, DEMO_PASSWORD, DEMO_PROFILES, demoProfileDrift } from "../../lib/accounts/demo-profiles";
import { seedDemoMentoring } from "./demo-mentoring";

/** The demo accounts documented in the README, with a sample history, so a new user can look around at once. */
export { DEMO_EMAIL, DEMO_PASSWORD };

/** The demo mentor (same password): mentors the demo candidate, with reviews and a queue. */
export { DEMO_MENTOR_EMAIL };

export async function seedDemoAccount(db: SeedDb) {
  const id = await demoUser(db, DEMO_EMAIL);
  const mentorId = await demoUser(db, DEMO_MENTOR_EMAIL);
  const t0 = Date.now();
  // Drift: a visitor ended the demo pair's mentorship (or it is missing): write the history
  // and the mentoring anew, so the reviews point at the history's attempts again.
  const pairIntact = await db.mentorship.count({ where: { candidateId: id, mentorId, endedAt: null } });
  if (await seedDemoHistory(db, id, new Date(), { force: pairIntact === 0 })) {
    await seedDemoMentoring(db, id, mentorId);
    console.log(`[seed] demo accounts: sample history and mentoring written in ${Date.now() - t0} ms`);
  }
  return id;
}

/**
 * Creates a demo account, or puts a drifted one back: its documented profile, its documented
 * password, no linked providers and no password-reset links (the app refuses to change the
 * demo's password, delete it or link to it; this also heals a database written before that).
 */
async function demoUser(db: SeedDb, email: string) {
  const profile = DEMO_PROFILES[email]!;
  const existing = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, displayName: true, targetRole: true, targetLevel: true, region: true, yearsExperience: true },
  });
  if (existing) {
    const drift = demoProfileDrift(email, existing);
    const passwordOk = existing.passwordHash && (await verify(existing.passwordHash, DEMO_PASSWORD).catch(() => false));
    if (Object.keys(drift).length || !passwordOk) {
      await db.user.update({
        where: { id: existing.id },
        data: {
          ...drift,
          ...(passwordOk ? {} : { passwordHash: await passwordHashOf(DEMO_PASSWORD) }),
          isDemo: true,
          version: { increment: 1 },
        },
      });
    }
    await db.oAuthLink.deleteMany({ where: { userId: existing.id } });
    await db.passwordResetToken.deleteMany({ where: { userId: existing.id } });
    return existing.id;
  }
  const passwordHash = await passwordHashOf(DEMO_PASSWORD);
  // upsert: several instances may seed at once.
  const user = await db.user.upsert({
    where: { email },
    update: {},
    create: { email, passwordHash, ...profile, isDemo: true },
    select: { id: true },
  });
  return user.id;
}
