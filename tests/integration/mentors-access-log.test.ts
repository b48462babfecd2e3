// The access log records a mentor's reads, but not the same read again within the repeat window.
import { afterAll, describe, expect, it } from "vitest";
import { newUser } from "../support/client";
import { closeTestDb, testDb } from "../support/db";
import { ALL_SCOPES, mentorOf, scoredAttempt } from "../support/mentors";
import { ACCESS_REPEAT_MINUTES } from "@/lib/mentors/data/settings";

afterAll(closeTestDb);

type Log = { entries: { mentor: { id: string }; kind: string; itemId: string | null }[] };

describe("mentor access log", () => {
  it("records one entry for repeated views of the same item within the window, and a new one after it", async () => {
    const candidate = await newUser("log-candidate");
    const attempt = await scoredAttempt(candidate.client);
    const mentor = await mentorOf(candidate.client, ALL_SCOPES, "log-mentor");
    const path = `/api/mentoring/mentees/${candidate.id}/attempts/${attempt.id}`;

    for (let i = 0; i < 5; i++) expect((await mentor.client.get(path)).status).toBe(200);
    const views = async () =>
      (await candidate.client.get<Log>("/api/mentors/access-log")).body.entries.filter(
        (e) => e.kind === "attempt" && e.itemId === attempt.id,
      );
    expect(await views()).toHaveLength(1);

    // The last view is older than the window: the next one is logged again.
    await testDb().query(
      `UPDATE "MentorAccessLog" SET "at" = "at" - make_interval(mins => $2) WHERE "candidateId" = $1`,
      [candidate.id, ACCESS_REPEAT_MINUTES + 1],
    );
    expect((await mentor.client.get(path)).status).toBe(200);
    expect(await views()).toHaveLength(2);
  });
});
