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

  it("requires sign-in", async () => {
    expect((await new Client().get("/api/self-assessments")).status).toBe(401);
  });
});
