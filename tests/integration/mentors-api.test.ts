// Mentoring over HTTP: invitations (link and code, single use, expiry, revocation), scopes with
// immediate effect, review requests and the queue, reviews and comments with validation,
// notifications, the access log, calibration, export and account deletion.
import { afterAll, describe, expect, it } from "vitest";
import { newUser } from "../support/client";
import { closeTestDb, countRows, testDb } from "../support/db";
import { ALL_SCOPES, NO_SCOPES, invite, mentorOf, review, scoredAttempt } from "../support/mentors";
import { createMock, scoresOf } from "../support/mocks";

afterAll(closeTestDb);

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

describe("invitations", () => {
  it("a link or a code is accepted once; the mentorship gets the pre-selected scopes; the candidate is notified", async () => {
    const candidate = await newUser("inv-candidate");
    const inv = await invite(
      candidate.client,
      { ...NO_SCOPES, attempts: true, plan: true },
      { label: "Ana" },
    );
    expect(inv.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(inv.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(inv.invitation).toMatchObject({ status: "pending" });
    const days = (Date.parse(inv.invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    // Secrets are stored hashed only.
    expect(
      await countRows("MentorInvitation", `"tokenHash" = $1 OR "codeHash" = $2`, [
        inv.token,
        inv.code.replace("-", ""),
      ]),
    ).toBe(0);

    const mentor = await newUser("inv-mentor");
    // The code, typed loosely: lower case, spaces.
    const code = ` ${inv.code.toLowerCase().replace("-", " ")} `;
    const ok = await mentor.client.json<{ mentorship: { id: string; candidateName: string } }>(
      "POST",
      "/api/invitations/accept",
      { code },
    );
    expect(ok.status).toBe(200);
    expect(ok.body.mentorship.candidateName).toBe("Test User");
    const ships = await candidate.client.get<{
      mentors: { mentor: { id: string }; scopes: Record<string, boolean> }[];
    }>("/api/mentorships");
    expect(ships.body.mentors).toEqual([
      expect.objectContaining({
        mentor: expect.objectContaining({ id: mentor.id }),
        scopes: { ...NO_SCOPES, attempts: true, plan: true },
      }),
    ]);
    const notes = await candidate.client.get<{ unread: number; items: { kind: string; text: string }[] }>(
      "/api/notifications",
    );
    expect(notes.body.unread).toBe(1);
    expect(notes.body.items[0]).toMatchObject({
      kind: "invitation-accepted",
      text: "Test User accepted your invitation and is now your mentor.",
    });

    // Used: the link and the code now fail, for anyone, with nothing created.
    const third = await newUser("inv-third");
    const again = await third.client.json<ErrorBody>("POST", "/api/invitations/accept", { token: inv.token });
    expect(again.status).toBe(410);
    expect(again.body.error).toMatchObject({
      code: "invitation_accepted",
      message: "This invitation has already been used. Ask for a new one.",
    });
    expect((await third.client.json("POST", "/api/invitations/accept", { code: inv.code })).status).toBe(410);
    expect(await countRows("Mentorship", `"mentorId" = $1`, [third.id])).toBe(0);
    const list = await candidate.client.get<{
      invitations: { status: string; acceptedBy: string; label: string }[];
    }>("/api/mentors/invitations");
    expect(list.body.invitations).toEqual([
      expect.objectContaining({ status: "accepted", acceptedBy: "Test User", label: "Ana" }),
    ]);
  });

  it("expired, revoked, unknown and own invitations are refused with a clear message and nothing created", async () => {
    const candidate = await newUser("inv-refuse");
    const mentor = await newUser("inv-refuse-mentor");
    const expired = await invite(candidate.client);
    await testDb().query(
      `UPDATE "MentorInvitation" SET "expiresAt" = now() - interval '1 second' WHERE "id" = $1`,
      [expired.invitation.id],
    );
    const e = await mentor.client.json<ErrorBody>("POST", "/api/invitations/accept", {
      token: expired.token,
    });
    expect(e.status).toBe(410);
    expect(e.body.error).toMatchObject({
      code: "invitation_expired",
      message: "This invitation has expired. Ask for a new one.",
    });

    const revoked = await invite(candidate.client);
    const del = await candidate.client.json<{ invitation: { status: string } }>(
      "DELETE",
      `/api/mentors/invitations/${revoked.invitation.id}`,
    );
    expect(del.body.invitation.status).toBe("revoked");
    const r = await mentor.client.json<ErrorBody>("POST", "/api/invitations/accept", { code: revoked.code });
    expect(r.status).toBe(410);
    expect(r.body.error.message).toBe(
      "This invitation was withdrawn by the person who sent it. Ask for a new one.",
    );

    const own = await invite(candidate.client);
    const o = await candidate.client.json<ErrorBody>("POST", "/api/invitations/accept", { token: own.token });
    expect(o.status).toBe(400);
    expect(o.body.error.code).toBe("own_invitation");

    const badCode = await mentor.client.json<ErrorBody>("POST", "/api/invitations/accept", {
      code: "0000-0000",
    });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.fields?.code).toMatch(/No invitation has that code/);
    const badToken = await mentor.client.json<ErrorBody>("POST", "/api/invitations/accept", {
      token: "x".repeat(43),
    });
    expect(badToken.status).toBe(404);
    const empty = await mentor.client.json<ErrorBody>("POST", "/api/invitations/accept", {});
    expect(empty.status).toBe(400);

    expect(await countRows("Mentorship", `"candidateId" = $1`, [candidate.id])).toBe(0);
    // Someone else cannot revoke the candidate's invitation.
    expect((await mentor.client.json("DELETE", `/api/mentors/invitations/${own.invitation.id}`)).status).toBe(
      404,
    );
  });

  it("guessing codes is throttled per user: after 10 wrong codes even a right one waits", async () => {
    const candidate = await newUser("inv-guess");
    const inv = await invite(candidate.client);
    const guesser = await newUser("inv-guesser");
    for (let i = 0; i < 10; i++) {
      const wrong = await guesser.client.json<ErrorBody>("POST", "/api/invitations/accept", {
        code: `2345-${"ABCDEFGHJK"[i]}678`,
      });
      expect(wrong.status).toBe(400);
    }
    const blocked = await guesser.client.json<ErrorBody>("POST", "/api/invitations/accept", {
      code: inv.code,
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(800);
    expect(blocked.body.error.message).toMatch(/^Too many wrong codes\. Try again in 1[45] minutes\.$/);
    // Other users are not affected, and the invitation is still usable.
    const other = await newUser("inv-guess-other");
    expect((await other.client.json("POST", "/api/invitations/accept", { code: inv.code })).status).toBe(200);
  });

  it("two concurrent accepts of one invitation: exactly one wins", async () => {
    const candidate = await newUser("inv-race");
    const inv = await invite(candidate.client);
    const [a, b] = await Promise.all([newUser("race-a"), newUser("race-b")]);
    const results = await Promise.all([
      a.client.json("POST", "/api/invitations/accept", { token: inv.token }),
      b.client.json("POST", "/api/invitations/accept", { code: inv.code }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 410]);
    expect(await countRows("Mentorship", `"candidateId" = $1`, [candidate.id])).toBe(1);
  });

  it("validates the invitation body, and a second invitation to a current mentor is refused until the mentorship ends", async () => {
    const candidate = await newUser("inv-valid");
    const bad = await candidate.client.json<ErrorBody>("POST", "/api/mentors/invitations", {
      scopes: { attempts: true },
      expiresInDays: 31,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({
      "scopes.mocks": expect.any(String),
      expiresInDays: "At most 30 days.",
    });
    const mentor = await mentorOf(candidate.client, ALL_SCOPES, "inv-valid-mentor");
    const second = await invite(candidate.client);
    const dup = await mentor.client.json<ErrorBody>("POST", "/api/invitations/accept", {
      token: second.token,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("already_mentoring");
    // Nothing was used up: after the mentorship ends the same invitation starts a fresh one.
    await mentor.client.json("DELETE", `/api/mentorships/${mentor.mentorshipId}`);
    const fresh = await mentor.client.json<{ mentorship: { id: string } }>(
      "POST",
      "/api/invitations/accept",
      { token: second.token },
    );
    expect(fresh.status).toBe(200);
    expect(fresh.body.mentorship.id).not.toBe(mentor.mentorshipId);
  });
});

describe("the mentor dashboard's latest band", () => {
  it("is the newer of the latest self-assessment and the latest scored mock, within the scopes shared", async () => {
    type Dash = { mentees: { id: string; latestBand: { band: string; overall: number; on: string; source: string } | null }[] };
    const candidate = await newUser("band-candidate");
    const mentor = await mentorOf(candidate.client, { ...NO_SCOPES, progress: true, mocks: true }, "band-mentor");
    const band = async () => (await mentor.client.get<Dash>("/api/mentoring")).body.mentees[0]!.latestBand;
    expect(await band()).toBeNull();

    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const assessed = await candidate.client.json("POST", "/api/self-assessments", {
      assessedOn: yesterday,
      scores: { mlFundamentals: 6, deepLearning: 5, systemDesign: 7, communicationLeadership: 8 },
    });
    expect(assessed.status).toBe(201);
    expect(await band()).toEqual({ band: "developing", overall: 6.5, on: yesterday, source: "self-assessment" });

    // A mock finished today with two scored answers (34 and 27 of 40 → 7.63, Good) is newer.
    const mock = await createMock(candidate.client, { templateId: "behavioural-30" });
    const base = `/api/mocks/${mock.id}`;
    for (const slot of [0, 1]) {
      const q = mock.questions[slot]!;
      const answer = q.format === "STAR" ? { situation: "s", task: "t", action: "a", result: "r" } : { text: "An answer." };
      expect((await candidate.client.json("PUT", `${base}/answers/${slot}`, { answer, version: q.version })).status).toBe(200);
    }
    expect((await candidate.client.json("POST", `${base}/finish`, {})).status).toBe(200);
    // Finished but unscored: no band from it yet.
    expect((await band())?.source).toBe("self-assessment");
    expect((await candidate.client.json("PUT", `${base}/answers/0/score`, scoresOf(9, 9, 8, 8))).status).toBe(200);
    expect((await candidate.client.json("PUT", `${base}/answers/1/score`, scoresOf(7, 7, 7, 6))).status).toBe(200);
    expect(await band()).toEqual({ band: "good", overall: 7.63, on: today, source: "mock" });

    // Mocks no longer shared: back to the self-assessment; nothing shared: no band.
    const scopes = (s: Record<string, boolean>) =>
      candidate.client.json("PATCH", `/api/mentorships/${mentor.mentorshipId}`, s);
    expect((await scopes({ mocks: false })).status).toBe(200);
    expect((await band())?.source).toBe("self-assessment");
    expect((await scopes({ progress: false })).status).toBe(200);
    expect(await band()).toBeNull();
  });
});

describe("scopes, review requests, reviews and comments", () => {
  it("turning a scope off or ending applies on the next request; a review request shares one item", async () => {
    const candidate = await newUser("scope-candidate");
    const attempt = await scoredAttempt(candidate.client);
    const other = await scoredAttempt(candidate.client, undefined, "behavioural");
    const mentor = await mentorOf(candidate.client, { ...NO_SCOPES, attempts: true }, "scope-mentor");
    const url = `/api/mentoring/mentees/${candidate.id}/attempts/${attempt.id}`;
    expect((await mentor.client.get(url)).status).toBe(200);
    const off = await candidate.client.json<{ mentorship: { scopes: Record<string, boolean> } }>(
      "PATCH",
      `/api/mentorships/${mentor.mentorshipId}`,
      { attempts: false },
    );
    expect(off.body.mentorship.scopes.attempts).toBe(false);
    expect((await mentor.client.get(url)).status).toBe(404);

    // Ask for a review of one attempt: that one is visible, the other is not.
    const req = await candidate.client.json<{ request: { id: string } }>("POST", "/api/review-requests", {
      mentorshipId: mentor.mentorshipId,
      attemptId: attempt.id,
      note: "Is my bias/variance answer clear?",
    });
    expect(req.status).toBe(201);
    expect((await mentor.client.get(url)).status).toBe(200);
    expect(
      (await mentor.client.get(`/api/mentoring/mentees/${candidate.id}/attempts/${other.id}`)).status,
    ).toBe(404);
    const dup = await candidate.client.json<ErrorBody>("POST", "/api/review-requests", {
      mentorshipId: mentor.mentorshipId,
      attemptId: attempt.id,
    });
    expect(dup.status).toBe(409);
    const queue = await mentor.client.get<{
      items: { id: string; title: string; waited: string; note: string }[];
    }>("/api/mentoring/queue");
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        id: req.body.request.id,
        title: attempt.title,
        waited: "waiting since just now",
        note: "Is my bias/variance answer clear?",
      }),
    ]);

    // Withdrawing the request hides the item again.
    expect(
      (await candidate.client.json("DELETE", `/api/review-requests/${req.body.request.id}`)).status,
    ).toBe(200);
    expect((await mentor.client.get(url)).status).toBe(404);
    expect((await mentor.client.get<{ items: unknown[] }>("/api/mentoring/queue")).body.items).toEqual([]);

    // Ending the mentorship: nothing at all, at once.
    await candidate.client.json("PATCH", `/api/mentorships/${mentor.mentorshipId}`, { attempts: true });
    expect((await mentor.client.get(url)).status).toBe(200);
    expect((await candidate.client.json("DELETE", `/api/mentorships/${mentor.mentorshipId}`)).status).toBe(
      200,
    );
    expect((await mentor.client.get(url)).status).toBe(404);
    expect((await mentor.client.get(`/api/mentoring/mentees/${candidate.id}`)).status).toBe(404);
    expect(
      (await candidate.client.json("PATCH", `/api/mentorships/${mentor.mentorshipId}`, { attempts: true }))
        .status,
    ).toBe(404);
    const mentorNotes = await mentor.client.get<{ items: { kind: string }[] }>("/api/notifications");
    expect(mentorNotes.body.items.map((n) => n.kind)).toEqual(["mentorship-ended", "review-requested"]);
  });

  it("the queue is oldest first with the waiting time in words", async () => {
    const a = await newUser("queue-a");
    const b = await newUser("queue-b");
    const mentor = await newUser("queue-mentor");
    const ia = await invite(a.client, NO_SCOPES);
    const ib = await invite(b.client, NO_SCOPES);
    const ma = await mentor.client.json<{ mentorship: { id: string } }>("POST", "/api/invitations/accept", {
      token: ia.token,
    });
    const mb = await mentor.client.json<{ mentorship: { id: string } }>("POST", "/api/invitations/accept", {
      code: ib.code,
    });
    const ta = await scoredAttempt(a.client);
    const tb = await scoredAttempt(b.client);
    const rb = await b.client.json<{ request: { id: string } }>("POST", "/api/review-requests", {
      mentorshipId: mb.body.mentorship.id,
      attemptId: tb.id,
    });
    const ra = await a.client.json<{ request: { id: string } }>("POST", "/api/review-requests", {
      mentorshipId: ma.body.mentorship.id,
      attemptId: ta.id,
    });
    await testDb().query(
      `UPDATE "ReviewRequest" SET "requestedAt" = now() - interval '3 days 2 hours' WHERE "id" = $1`,
      [ra.body.request.id],
    );
    await testDb().query(
      `UPDATE "ReviewRequest" SET "requestedAt" = now() - interval '5 hours' WHERE "id" = $1`,
      [rb.body.request.id],
    );
    const queue = await mentor.client.get<{
      items: { id: string; waited: string; candidate: { id: string } }[];
    }>("/api/mentoring/queue");
    expect(queue.body.items.map((i) => [i.id, i.waited, i.candidate.id])).toEqual([
      [ra.body.request.id, "waited 3 days", a.id],
      [rb.body.request.id, "waited 5 hours", b.id],
    ]);
    const dash = await mentor.client.get<{ mentees: { id: string; waiting: number }[] }>("/api/mentoring");
    expect(dash.body.mentees.map((m) => [m.id, m.waiting])).toEqual([
      [a.id, 1],
      [b.id, 1],
    ]);
  });

  it("a review: 0-10 scores with field messages, completes the request, notifies; comments thread both ways", async () => {
    const candidate = await newUser("review-candidate");
    const attempt = await scoredAttempt(candidate.client, {
      technicalAccuracy: 9,
      communicationClarity: 8,
      problemSolving: 8,
      practicalConsiderations: 7,
    });
    const mentor = await mentorOf(candidate.client, NO_SCOPES, "review-mentor");
    await candidate.client.json("POST", "/api/review-requests", {
      mentorshipId: mentor.mentorshipId,
      attemptId: attempt.id,
    });
    await candidate.client.json("POST", "/api/notifications/read", { all: true });
    const base = `/api/mentoring/mentees/${candidate.id}/attempts/${attempt.id}`;

    const bad = await mentor.client.json<ErrorBody>("PUT", `${base}/review`, review(11, -1, 5.5, 5));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({
      "scores.technicalAccuracy": "Technical accuracy must be from 0 to 10.",
      "scores.communicationClarity": "Communication clarity must be from 0 to 10.",
      "scores.problemSolving": "Problem-solving approach must be a whole number from 0 to 10.",
    });
    const saved = await mentor.client.json<{ review: { average: number; scores: Record<string, number> } }>(
      "PUT",
      `${base}/review`,
      review(6, 7, 5, 6, "Good **structure**; check the maths."),
    );
    expect(saved.status).toBe(200);
    expect(saved.body.review.average).toBe(6);
    expect((await mentor.client.get<{ items: unknown[] }>("/api/mentoring/queue")).body.items).toEqual([]);
    expect(
      (await candidate.client.get<{ unread: number }>("/api/notifications/unread-count")).body.unread,
    ).toBe(1);

    // Comments: empty and over-long refused with field messages; replies nest.
    const empty = await mentor.client.json<ErrorBody>("POST", `${base}/comments`, { body: "   " });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual({ body: "Write something before posting." });
    const long = await mentor.client.json<ErrorBody>("POST", `${base}/comments`, { body: "x".repeat(5001) });
    expect(long.body.error.fields).toEqual({ body: "A comment can be at most 5000 characters." });
    const first = await mentor.client.json<{ comment: { id: string; author: { role: string } } }>(
      "POST",
      `${base}/comments`,
      { body: "Where did the 0.5 come from?" },
    );
    expect(first.status).toBe(201);
    expect(first.body.comment.author.role).toBe("mentor");
    const noThread = await candidate.client.json<ErrorBody>(
      "POST",
      `/api/practice/attempts/${attempt.id}/comments`,
      { body: "Reply" },
    );
    expect(noThread.body.error.fields).toEqual({ mentorId: "Choose the mentor whose thread this is." });
    const reply = await candidate.client.json<{ comment: { parentId: string; author: { role: string } } }>(
      "POST",
      `/api/practice/attempts/${attempt.id}/comments`,
      {
        body: "From the prior, I will show it.",
        mentorId: mentor.id,
        parentId: first.body.comment.id,
      },
    );
    expect(reply.status).toBe(201);
    expect(reply.body.comment).toMatchObject({
      parentId: first.body.comment.id,
      author: { role: "candidate" },
    });
    const wrongParent = await candidate.client.json<ErrorBody>(
      "POST",
      `/api/practice/attempts/${attempt.id}/comments`,
      { body: "x", mentorId: mentor.id, parentId: "nope" },
    );
    expect(wrongParent.body.error.fields).toEqual({ parentId: "Reply to a comment in this thread." });

    const threads = await candidate.client.get<{
      threads: {
        mentor: { id: string };
        review: { scores: Record<string, number>; summary: string };
        comments: { body: string }[];
      }[];
    }>(`/api/practice/attempts/${attempt.id}/reviews`);
    expect(threads.body.threads).toHaveLength(1);
    expect(threads.body.threads[0]).toMatchObject({
      mentor: { id: mentor.id },
      review: { scores: { technicalAccuracy: 6 }, summary: "Good **structure**; check the maths." },
    });
    expect(threads.body.threads[0]!.comments.map((c) => c.body)).toEqual([
      "Where did the 0.5 come from?",
      "From the prior, I will show it.",
    ]);
    const mentorNotes = await mentor.client.get<{ items: { kind: string; link: string }[] }>(
      "/api/notifications?unread=true",
    );
    expect(mentorNotes.body.items[0]).toMatchObject({
      kind: "comment-added",
      link: `/mentoring/${candidate.id}/attempts/${attempt.id}#thread`,
    });

    // Calibration: self 9/8/8/7 against mentor 6/7/5/6.
    const cal = await candidate.client.get<{
      calibration: {
        overall: { gapMean: number; flagged: boolean };
        points: { point: string; gapMean: number; flagged: boolean }[];
        items: { flagged: boolean }[];
      };
    }>("/api/mentors/calibration");
    expect(cal.body.calibration.overall).toMatchObject({ gapMean: 2, flagged: true });
    expect(cal.body.calibration.points.map((p) => [p.point, p.gapMean, p.flagged])).toEqual([
      ["technicalAccuracy", 3, true],
      ["communicationClarity", 1, false],
      ["problemSolving", 3, true],
      ["practicalConsiderations", 1, false],
    ]);

    // The dashboard's mentor series.
    const progress = await candidate.client.get<{
      domainScores: { domains: { domain: string; points: { mentor: number | null }[] }[] };
    }>("/api/progress");
    const withMentor = progress.body.domainScores.domains.flatMap((d) =>
      d.points.filter((p) => p.mentor !== null).map((p) => [d.domain, p.mentor]),
    );
    expect(withMentor).toHaveLength(1);
    expect(withMentor[0]![1]).toBe(6);

    // The access log names the mentor and the item.
    const log = await candidate.client.get<{
      entries: { mentor: { id: string }; kind: string; label: string }[];
    }>("/api/mentors/access-log");
    expect(log.body.entries.length).toBeGreaterThan(0);
    expect(log.body.entries.every((e) => e.mentor.id === mentor.id)).toBe(true);
    expect(log.body.entries.some((e) => e.kind === "attempt" && e.label === attempt.title)).toBe(true);
  });
});

describe("export and deletion", () => {
  it("exports both roles; deleting the mentor removes their reviews and access, deleting the candidate removes everything", async () => {
    const candidate = await newUser("export-candidate");
    const attempt = await scoredAttempt(candidate.client);
    const mentor = await mentorOf(candidate.client, ALL_SCOPES, "export-mentor");
    await mentor.client.json(
      "PUT",
      `/api/mentoring/mentees/${candidate.id}/attempts/${attempt.id}/review`,
      review(5, 5, 5, 5),
    );
    const cand = (await (await candidate.client.raw("/api/account/export")).json()) as {
      mentoring: { mentorships: { role: string }[]; reviewsReceived: unknown[]; accessLog: unknown[] };
    };
    expect(cand.mentoring.mentorships.map((m) => m.role)).toEqual(["candidate"]);
    expect(cand.mentoring.reviewsReceived).toHaveLength(1);
    expect(cand.mentoring.accessLog.length).toBeGreaterThan(0);
    const ment = (await (await mentor.client.raw("/api/account/export")).json()) as {
      mentoring: { mentorships: { role: string }[]; reviewsWritten: unknown[] };
    };
    expect(ment.mentoring.mentorships.map((m) => m.role)).toEqual(["mentor"]);
    expect(ment.mentoring.reviewsWritten).toHaveLength(1);
    expect(JSON.stringify(ment)).not.toContain("An answer worth reviewing.");

    expect((await mentor.client.json("DELETE", "/api/account", { password: mentor.password })).status).toBe(
      200,
    );
    expect(await countRows("MentorReview", `"attemptId" = $1`, [attempt.id])).toBe(0);
    expect(await countRows("Mentorship", `"candidateId" = $1`, [candidate.id])).toBe(0);
    expect(await countRows("MentorAccessLog", `"candidateId" = $1`, [candidate.id])).toBe(0);
    expect(await countRows("MentorInvitation", `"candidateId" = $1`, [candidate.id])).toBe(1);

    const second = await mentorOf(candidate.client, ALL_SCOPES, "export-mentor-2");
    expect(
      (await candidate.client.json("DELETE", "/api/account", { password: candidate.password })).status,
    ).toBe(200);
    for (const table of [
      "MentorInvitation",
      "Mentorship",
      "MentorReview",
      "MentorAccessLog",
      "ReviewRequest",
    ]) {
      expect(await countRows(table, `"candidateId" = $1`, [candidate.id]), table).toBe(0);
    }
    expect((await second.client.get<{ mentees: unknown[] }>("/api/mentoring")).body.mentees).toEqual([]);
  });
});
