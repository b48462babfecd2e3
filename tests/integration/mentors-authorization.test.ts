// The authorization table: every mentor-facing route × {the candidate, a mentor with the share,
// a mentor without that share, a mentor after the mentorship ended, an unrelated user,
// anonymous}, with the status each must get. A mentor never sees a 403: what is not shared
// does not exist for them (404).
import { beforeAll, describe, expect, it } from "vitest";
import { Client, newUser } from "../support/client";
import { ALL_SCOPES, NO_SCOPES, mentorOf, review, scoredAttempt } from "../support/mentors";
import { createMock } from "../support/mocks";
import { validOffer } from "../support/offers";
import { planInput } from "./plan-support";

type Who = "candidate" | "shared" | "unshared" | "ended" | "unrelated" | "anonymous";
const WHO: Who[] = ["candidate", "shared", "unshared", "ended", "unrelated", "anonymous"];

let clients: Record<Who, Client>;
let menteeId: string;
let attemptId: string;
let mockId: string;
let mockAttemptId: string;

beforeAll(async () => {
  const candidate = await newUser("authz-candidate");
  menteeId = candidate.id;
  attemptId = (await scoredAttempt(candidate.client)).id;
  const mock = await createMock(candidate.client, { templateId: "behavioural-30" });
  expect((await candidate.client.json("POST", `/api/mocks/${mock.id}/finish`, {})).status).toBe(200);
  mockId = mock.id;
  const report = await candidate.client.get<{ report: { questions: { attemptId: string }[] } }>(
    `/api/mocks/${mockId}/report`,
  );
  mockAttemptId = report.body.report.questions[0]!.attemptId;
  await candidate.client.json("POST", "/api/self-assessments", {
    assessedOn: "2026-10-01",
    scores: { mlFundamentals: 6, deepLearning: 5, systemDesign: 4, communicationLeadership: 7 },
  });
  await candidate.client.json("POST", "/api/offers", validOffer({ company: "Shared Offer Co" }));
  await candidate.client.json("POST", "/api/plans", planInput("2026-01-05"));

  const shared = await mentorOf(candidate.client, ALL_SCOPES, "authz-shared");
  const unshared = await mentorOf(candidate.client, NO_SCOPES, "authz-unshared");
  const ended = await mentorOf(candidate.client, ALL_SCOPES, "authz-ended");
  expect((await candidate.client.json("DELETE", `/api/mentorships/${ended.mentorshipId}`)).status).toBe(200);
  const unrelated = await newUser("authz-unrelated");
  clients = {
    candidate: candidate.client,
    shared: shared.client,
    unshared: unshared.client,
    ended: ended.client,
    unrelated: unrelated.client,
    anonymous: new Client(),
  };
}, 120_000);

type Row = {
  route: string;
  method: string;
  path: () => string;
  body?: () => unknown;
  expect: Record<Who, number>;
};

const DENY = { candidate: 404, ended: 404, unrelated: 404, anonymous: 401 } as const;
const ITEM = (ok: number) => ({ ...DENY, shared: ok, unshared: 404 });
const base = () => `/api/mentoring/mentees/${menteeId}`;

const TABLE: Row[] = [
  // The overview needs the mentorship only; without shares it lists nothing (checked below).
  {
    route: "mentee overview",
    method: "GET",
    path: () => base(),
    expect: { ...DENY, shared: 200, unshared: 200 },
  },
  { route: "attempt", method: "GET", path: () => `${base()}/attempts/${attemptId}`, expect: ITEM(200) },
  {
    route: "mock answer (attempt of a mock)",
    method: "GET",
    path: () => `${base()}/attempts/${mockAttemptId}`,
    expect: ITEM(200),
  },
  {
    route: "review an attempt",
    method: "PUT",
    path: () => `${base()}/attempts/${attemptId}/review`,
    body: () => review(6, 7, 5, 4),
    expect: ITEM(200),
  },
  {
    route: "attempt comments (list)",
    method: "GET",
    path: () => `${base()}/attempts/${attemptId}/comments`,
    expect: ITEM(200),
  },
  {
    route: "attempt comments (post)",
    method: "POST",
    path: () => `${base()}/attempts/${attemptId}/comments`,
    body: () => ({ body: "Nice structure." }),
    expect: ITEM(201),
  },
  { route: "mock report", method: "GET", path: () => `${base()}/mocks/${mockId}`, expect: ITEM(200) },
  { route: "progress", method: "GET", path: () => `${base()}/progress`, expect: ITEM(200) },
  { route: "offers", method: "GET", path: () => `${base()}/offers`, expect: ITEM(200) },
  { route: "career plan", method: "GET", path: () => `${base()}/plan`, expect: ITEM(200) },
];

describe("mentor-facing routes × viewers", () => {
  for (const row of TABLE) {
    it.each(WHO)(`${row.method} ${row.route} as %s`, async (who) => {
      const res = await clients[who].json<{ error?: { code: string } }>(row.method, row.path(), row.body?.());
      expect(res.status, `${row.route} as ${who}: ${JSON.stringify(res.body).slice(0, 200)}`).toBe(
        row.expect[who],
      );
      // Denials never say more than "not found" (or "sign in").
      if (res.status === 404) expect(res.body.error?.code).toBe("not_found");
    });
  }

  it("a mentor without shares sees an empty overview; the shared mentor sees the attempt and the mock", async () => {
    const none = await clients.unshared.get<{ attempts: unknown[]; mocks: unknown[] }>(base());
    expect(none.body).toMatchObject({ attempts: [], mocks: [] });
    const all = await clients.shared.get<{ attempts: { id: string }[]; mocks: { id: string }[] }>(base());
    expect(all.body.attempts.map((a) => a.id)).toEqual([attemptId]);
    expect(all.body.mocks.map((m) => m.id)).toEqual([mockId]);
  });

  it("lists (dashboard, queue) never show a mentee to anyone but a current mentor", async () => {
    for (const who of WHO) {
      const dash = await clients[who].get<{ mentees?: { id: string }[] }>("/api/mentoring");
      const queue = await clients[who].get<{ items?: { candidate: { id: string } }[] }>(
        "/api/mentoring/queue",
      );
      if (who === "anonymous") {
        expect([dash.status, queue.status]).toEqual([401, 401]);
        continue;
      }
      expect([dash.status, queue.status]).toEqual([200, 200]);
      const listed = dash.body.mentees!.some((m) => m.id === menteeId);
      expect(listed, who).toBe(who === "shared" || who === "unshared");
      expect(queue.body.items!.some((i) => i.candidate.id === menteeId)).toBe(false);
    }
  });

  it("the candidate-side routes answer 404 to everyone but the candidate", async () => {
    const paths = [`/api/practice/attempts/${attemptId}/reviews`];
    for (const who of WHO) {
      for (const p of paths) {
        const res = await clients[who].get(p);
        expect(res.status, `${p} as ${who}`).toBe(
          who === "candidate" ? 200 : who === "anonymous" ? 401 : 404,
        );
      }
      const post = await clients[who].json("POST", `/api/practice/attempts/${attemptId}/comments`, {
        body: "hi",
        mentorId: menteeId,
      });
      expect(post.status, `comment as ${who}`).toBe(
        who === "candidate" ? 400 : who === "anonymous" ? 401 : 404,
      );
    }
  });
});
