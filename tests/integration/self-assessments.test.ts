import { describe, expect, it } from "vitest";
import { Client, newUser } from "../support/client";

const scores = { mlFundamentals: 7, deepLearning: 6, systemDesign: 8, communicationLeadership: 9 };
type AssessmentBody = { assessment: { id: string; overall: number; band: string } };

describe("/api/self-assessments", () => {
  it("records dated assessments with their overall score and band, newest first, for their owner only", async () => {
    const { client } = await newUser("assess");
    const first = await client.json<AssessmentBody>("POST", "/api/self-assessments", { assessedOn: "2026-10-01", scores });
    expect(first.status).toBe(201);
    expect(first.body.assessment).toMatchObject({ overall: 7.5, band: "good" });
    const second = await client.json<AssessmentBody>("POST", "/api/self-assessments", {
      assessedOn: "2026-11-01",
      scores: { mlFundamentals: 9, deepLearning: 8, systemDesign: 9, communicationLeadership: 8 },
    });
    expect(second.body.assessment).toMatchObject({ overall: 8.5, band: "excellent" });
    const list = await client.get<{ assessments: { assessedOn: string }[] }>("/api/self-assessments");
    expect(list.body.assessments.map((a) => a.assessedOn)).toEqual(["2026-11-01", "2026-10-01"]);

    const { client: other } = await newUser("assess-other");
    expect((await other.get<{ assessments: unknown[] }>("/api/self-assessments")).body.assessments).toEqual([]);
    expect((await other.json("DELETE", `/api/self-assessments/${first.body.assessment.id}`)).status).toBe(404);
    expect((await client.json("DELETE", `/api/self-assessments/${first.body.assessment.id}`)).status).toBe(200);
  });

  it("answers 400 with field messages for out-of-range scores, missing domains and future dates, saving nothing", async () => {
    const { client } = await newUser("assess-bad");
    const cases: [unknown, Record<string, string>][] = [
      [{ assessedOn: "2026-10-01", scores: { ...scores, deepLearning: 11 } }, { "scores.deepLearning": "Scores go from 0 to 10." }],
      [{ assessedOn: "2026-10-01", scores: { ...scores, systemDesign: -1 } }, { "scores.systemDesign": "Scores go from 0 to 10." }],
      [{ assessedOn: "2026-10-01", scores: { ...scores, mlFundamentals: 7.5 } }, { "scores.mlFundamentals": "Score each domain with a whole number from 0 to 10." }],
      [{ assessedOn: "2026-10-01", scores: { mlFundamentals: 5 } }, { "scores.deepLearning": "Score each domain with a whole number from 0 to 10." }],
      [{ assessedOn: "2026-10-01" }, { scores: "Score all four domains." }],
      [{ assessedOn: "2999-01-01", scores }, { assessedOn: expect.stringContaining("cannot be dated in the future") as unknown as string }],
      [{ assessedOn: "2026-02-30", scores }, { assessedOn: "That date does not exist." }],
    ];
    for (const [body, fields] of cases) {
      const res = await client.json("POST", "/api/self-assessments", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toMatchObject({ error: { code: "invalid_input", fields } });
    }
    expect((await client.get<{ assessments: unknown[] }>("/api/self-assessments")).body.assessments).toEqual([]);
  });

  it("corrects an assessment with the version it saw: 409 on a stale version, 404 for another user, 400 on bad input", async () => {
    const { client } = await newUser("assess-edit");
    type Full = { assessment: { id: string; version: number; assessedOn: string; note: string; overall: number; band: string } };
    const made = await client.json<Full>("POST", "/api/self-assessments", { assessedOn: "2026-10-01", scores, note: "first" });
    expect(made.body.assessment.version).toBe(1);
    const id = made.body.assessment.id;
    const put = (body: unknown, c = client) => c.json<Full>("PUT", `/api/self-assessments/${id}`, body);

    const fixed = await put({
      version: 1,
      assessedOn: "2026-09-30",
      scores: { ...scores, mlFundamentals: 3 },
      note: "  scored ML too high  ",
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.assessment).toMatchObject({ id, version: 2, assessedOn: "2026-09-30", note: "scored ML too high", overall: 6.5, band: "developing" });

    // The same version again is stale: nothing changes.
    const stale = await put({ version: 1, assessedOn: "2026-10-01", scores, note: "" });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: "stale_version" } });

    const { client: other } = await newUser("assess-edit-other");
    expect((await put({ version: 2, assessedOn: "2026-10-01", scores }, other)).status).toBe(404);

    const bad = await put({ version: 2, assessedOn: "2999-01-01", scores });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: "invalid_input", fields: { assessedOn: expect.stringContaining("future") as unknown as string } } });
    expect((await put({ assessedOn: "2026-10-01", scores })).status).toBe(400);
    expect((await put({ version: 2, assessedOn: "2026-10-01", scores, extra: 1 })).status).toBe(400);

    const list = await client.get<{ assessments: { id: string; version: number; note: string; assessedOn: string }[] }>("/api/self-assessments");
    expect(list.body.assessments).toEqual([expect.objectContaining({ id, version: 2, note: "scored ML too high", assessedOn: "2026-09-30" })]);
  });

  it("requires sign-in", async () => {
    expect((await new Client().get("/api/self-assessments")).status).toBe(401);
  });
});
