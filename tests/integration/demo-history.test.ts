// The demo account's sample history, run against a fresh user of the test database: written
// once, kept while the account is in use, written anew after a week without activity.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_REFRESH_AFTER_DAYS, seedDemoHistory } from "../../prisma/seed/demo-history";
import { DEMO_ASSESSMENTS } from "../../prisma/seed/demo-history-data";
import { DEMO_REVIEWS } from "../../prisma/seed/demo-mentoring-data";
import { seedDemoMentoring } from "../../prisma/seed/demo-mentoring";
import { newUser } from "../support/client";

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
afterAll(() => db.$disconnect());

const DAY = 86_400_000;
const counts = (userId: string) =>
  Promise.all([
    db.practiceAttempt.count({ where: { userId } }),
    db.selfAssessment.count({ where: { userId } }),
    db.mock.count({ where: { userId } }),
  ]);
const latestAssessment = async (userId: string) =>
  (await db.selfAssessment.findFirstOrThrow({ where: { userId }, orderBy: { assessedOn: "desc" } })).assessedOn;

describe("demo history", () => {
  it("is written once, kept while used, and written anew after a week idle", async () => {
    const { id } = await newUser("demo-history");
    const t0 = new Date();
    expect(await db.$transaction((tx) => seedDemoHistory(tx, id, t0))).toBe(true);
    const first = await counts(id);
    expect(first[1]).toBe(DEMO_ASSESSMENTS.length);
    expect(first[2]).toBe(1);

    // A restart the next day: nothing changes, nothing is duplicated.
    expect(await db.$transaction((tx) => seedDemoHistory(tx, id, new Date(t0.getTime() + DAY)))).toBe(false);
    expect(await counts(id)).toEqual(first);

    // A week and a day later with no activity: rewritten, relative to the new date.
    const before = await latestAssessment(id);
    const later = new Date(t0.getTime() + (DEMO_REFRESH_AFTER_DAYS + 1) * DAY);
    expect(await db.$transaction((tx) => seedDemoHistory(tx, id, later))).toBe(true);
    expect(await counts(id)).toEqual(first);
    expect((await latestAssessment(id)).getTime() - before.getTime()).toBe((DEMO_REFRESH_AFTER_DAYS + 1) * DAY);
  });

  it("keeps the history while someone has used the account within the week", async () => {
    const { id } = await newUser("demo-history-used");
    const t0 = new Date();
    await db.$transaction((tx) => seedDemoHistory(tx, id, t0));
    const first = await counts(id);
    // A visitor practises on day 6 (one attempt touched then); on day 10 that is 4 days ago: kept.
    const attempt = await db.practiceAttempt.findFirstOrThrow({ where: { userId: id } });
    await db.practiceAttempt.update({ where: { id: attempt.id }, data: { updatedAt: new Date(t0.getTime() + 6 * DAY) } });
    expect(await db.$transaction((tx) => seedDemoHistory(tx, id, new Date(t0.getTime() + 10 * DAY)))).toBe(false);
    expect(await counts(id)).toEqual(first);
    // On day 14 the last activity is 8 days old: written anew.
    expect(await db.$transaction((tx) => seedDemoHistory(tx, id, new Date(t0.getTime() + 14 * DAY)))).toBe(true);
  });

  it("the demo mentoring: reviews for calibration, a thread, and two requests in the mentor's queue, oldest first", async () => {
    const candidate = await newUser("demo-candidate");
    const mentor = await newUser("demo-mentor");
    const t0 = new Date();
    await db.$transaction(async (tx) => {
      await seedDemoHistory(tx, candidate.id, t0);
      await seedDemoMentoring(tx, candidate.id, mentor.id, t0);
    });
    const queue = await mentor.client.json<{ items: { kind: string; note: string }[] }>("GET", "/api/mentoring/queue");
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((i) => i.kind)).toEqual(["mock", "attempt"]);
    const cal = await candidate.client.json<{ calibration: { overall: { items: number; gapMean: number; trend: number } } }>(
      "GET",
      "/api/mentors/calibration",
    );
    expect(cal.body.calibration.overall).toMatchObject({ items: DEMO_REVIEWS.length, gapMean: 0.57, trend: -0.67 });
    const unread = await candidate.client.json<{ unread: number }>("GET", "/api/notifications/unread-count");
    expect(unread.body.unread).toBe(1);
    expect(await db.reviewComment.count({ where: { mentorId: mentor.id } })).toBe(2);

    // Written anew (as after a week idle): the same sample, not a second one.
    await db.$transaction((tx) => seedDemoMentoring(tx, candidate.id, mentor.id, t0));
    expect(await db.mentorship.count({ where: { candidateId: candidate.id, mentorId: mentor.id } })).toBe(1);
    expect(await db.mentorReview.count({ where: { candidateId: candidate.id } })).toBe(DEMO_REVIEWS.length);
  });
});
