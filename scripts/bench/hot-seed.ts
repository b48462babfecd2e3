// Seeds the hot-path benchmark's two data sets through the test factories (run by hot.mjs with
// tsx, DATABASE_URL set to the bench database): per size, a candidate with that many scored
// attempts and a mentor with that many open review requests on them. Prints their accounts as
// JSON on the last line of stdout.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { FACTORY_PASSWORD, createUser, scoredAttemptData } from "@/tests/factories";

const SIZES = { small: 20, large: Number(process.argv[2] ?? 2_000) };

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 2 }) });

async function seedSize(name: string, attempts: number) {
  const candidate = await createUser(db, { email: `hot-${name}-candidate@bench.preploop.dev`, displayName: `Hot ${name} candidate` });
  const mentor = await createUser(db, { email: `hot-${name}-mentor@bench.preploop.dev`, displayName: `Hot ${name} mentor` });
  const questions = await db.question.findMany({
    where: { ownerId: null, retiredAt: null },
    orderBy: { id: "asc" },
    select: { id: true, type: true, allocatedMinutes: true },
  });
  const base = Date.now() - attempts * 3_000_000;
  const rows = Array.from({ length: attempts }, (_, i) => {
    const question = questions[i % questions.length]!;
    const startedAt = new Date(base + i * 3_000_000);
    const submittedAt = new Date(startedAt.getTime() + 600_000);
    const s = (k: number) => (i * 7 + k * 3) % 11;
    return scoredAttemptData({
      userId: candidate.id,
      question,
      answer: question.type === "BEHAVIOURAL" ? { situation: "s", task: "t", action: "a", result: "r" } : question.type === "CODING" ? { code: "x = 1" } : { text: `Answer ${i}` },
      scores: { technicalAccuracy: s(1), communicationClarity: s(2), problemSolving: s(3), practicalConsiderations: s(4) },
      startedAt,
      activeMs: 600_000,
      submittedAt,
      scoredAt: submittedAt,
    });
  });
  for (let i = 0; i < rows.length; i += 500) await db.practiceAttempt.createMany({ data: rows.slice(i, i + 500) });
  const ship = await db.mentorship.create({
    data: {
      candidateId: candidate.id,
      mentorId: mentor.id,
      shareAttempts: true,
      shareMocks: true,
      shareProgress: true,
      shareOffers: false,
      sharePlan: false,
    },
    select: { id: true },
  });
  const ids = await db.practiceAttempt.findMany({ where: { userId: candidate.id }, select: { id: true }, orderBy: { id: "asc" } });
  await db.reviewRequest.createMany({
    data: ids.map((a, i) => ({
      mentorshipId: ship.id,
      candidateId: candidate.id,
      mentorId: mentor.id,
      attemptId: a.id,
      requestedAt: new Date(base + i * 60_000),
    })),
  });
  return { attempts, candidate: candidate.email, mentor: mentor.email };
}

async function main() {
  try {
    const out: Record<string, unknown> = { password: FACTORY_PASSWORD };
    for (const [name, n] of Object.entries(SIZES)) out[name] = await seedSize(name, n);
    for (const t of ["PracticeAttempt", "ReviewRequest", "User", "Mentorship"]) await db.$executeRawUnsafe(`VACUUM ANALYZE "${t}"`);
    console.log(JSON.stringify(out));
  } finally {
    await db.$disconnect();
  }
}

void main();
