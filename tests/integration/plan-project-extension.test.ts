import { describe, expect, it } from "vitest";
import { newUser } from "../support/client";
import { type PlanBody, createPlan, shiftDays, todayUtc } from "./plan-support";

type View = { components: { key: string; title: string; milestoneId: string | null }[]; criteria: { checked: string[]; version: number } };
type Adopted = { milestones: { id: string; title: string; targetDate: string; position: number; description: string }[]; alreadyAdopted: string[] };
type Err = { error: { code: string; message: string; fields?: Record<string, string> } };

describe("/api/plans/[planId]/project-extension (the guide's Full Project Extension)", () => {
  it("adopts components as milestones one by one or all at once, never twice, due over 5 weeks from today", async () => {
    const { client } = await newUser("project-ext");
    const today = todayUtc();
    const { plan } = await createPlan(client, today);
    const base = `/api/plans/${plan.id}/project-extension`;

    const empty = await client.get<View>(base);
    expect(empty.status).toBe(200);
    expect(empty.body.components.map((c) => [c.key, c.milestoneId])).toEqual([
      ["skills-assessment", null],
      ["question-database", null],
      ["mock-program", null],
      ["network-strategy", null],
      ["compensation-system", null],
      ["career-progression", null],
    ]);
    expect(empty.body.criteria).toEqual({ checked: [], version: 0 });

    const one = await client.json<Adopted>("POST", `${base}/milestones`, { components: ["mock-program"] });
    expect(one.status).toBe(201);
    expect(one.body.milestones.map((m) => [m.title, m.targetDate, m.position])).toEqual([["Project 3/6: Mock Interview Program Design", shiftDays(today, 18), 0]]);
    expect(one.body.alreadyAdopted).toEqual([]);

    const all = await client.json<Adopted>("POST", `${base}/milestones`, {
      components: ["career-progression", "skills-assessment", "question-database", "mock-program", "network-strategy", "compensation-system"],
    });
    expect(all.status).toBe(201);
    expect(all.body.alreadyAdopted).toEqual(["mock-program"]);
    expect(all.body.milestones.map((m) => [m.title, m.targetDate, m.position])).toEqual([
      ["Project 1/6: Comprehensive Skills Assessment", shiftDays(today, 6), 1],
      ["Project 2/6: Interview Question Database Development", shiftDays(today, 12), 2],
      ["Project 4/6: Professional Network Strategy", shiftDays(today, 23), 3],
      ["Project 5/6: Compensation Research and Negotiation System", shiftDays(today, 29), 4],
      ["Project 6/6: Career Progression Planning", shiftDays(today, 35), 5],
    ]);

    // They are ordinary milestones of the plan, and the view knows which is which.
    const detail = await client.get<PlanBody>(`/api/plans/${plan.id}`);
    expect(detail.body.milestones).toHaveLength(6);
    const view = await client.get<View>(base);
    expect(view.body.components.every((c) => c.milestoneId !== null)).toBe(true);
    expect(view.body.components[2]!.milestoneId).toBe(one.body.milestones[0]!.id);

    const again = await client.json<Adopted>("POST", `${base}/milestones`, { components: ["skills-assessment"] });
    expect(again.body).toEqual({ milestones: [], alreadyAdopted: ["skills-assessment"] });

    const bad = await client.json<Err>("POST", `${base}/milestones`, { components: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ components: "Choose at least one component to adopt." });
  });

  it("refuses a component that would fall outside the plan's five years", async () => {
    const { client } = await newUser("project-ext-late");
    const { plan } = await createPlan(client, shiftDays(todayUtc(), -5 * 365 + 10));
    const res = await client.json<Err>("POST", `/api/plans/${plan.id}/project-extension/milestones`, { components: ["career-progression"] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields!.components).toMatch(/^"Project 6\/6: Career Progression Planning" would be due on \d{4}-\d{2}-\d{2}, outside your plan's five years/);
  });

  it("keeps the criteria checklist per user with versioned writes", async () => {
    const { client } = await newUser("project-ext-criteria");
    const { plan } = await createPlan(client, todayUtc());
    const url = `/api/plans/${plan.id}/project-extension/criteria`;
    const first = await client.json<{ criteria: View["criteria"] }>("PUT", url, { checked: ["industry-trends", "self-awareness"], version: 0 });
    expect(first.status).toBe(200);
    expect(first.body.criteria).toEqual({ checked: ["self-awareness", "industry-trends"], version: 1 });
    // A second "first save" (another tab) is stale.
    const twice = await client.json<Err>("PUT", url, { checked: [], version: 0 });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("stale_version");
    const second = await client.json<{ criteria: View["criteria"] }>("PUT", url, { checked: ["measurable-goals"], version: 1 });
    expect(second.body.criteria).toEqual({ checked: ["measurable-goals"], version: 2 });
    const stale = await client.json<Err>("PUT", url, { checked: [], version: 1 });
    expect(stale.status).toBe(409);
    expect((await client.get<View>(`/api/plans/${plan.id}/project-extension`)).body.criteria).toEqual({ checked: ["measurable-goals"], version: 2 });
    const unknown = await client.json<Err>("PUT", url, { checked: ["nope"], version: 2 });
    expect(unknown.status).toBe(400);

    // Someone else's plan: 404 for every route.
    const { client: other } = await newUser("project-ext-other");
    expect((await other.get(`/api/plans/${plan.id}/project-extension`)).status).toBe(404);
    expect((await other.json("PUT", url, { checked: [], version: 2 })).status).toBe(404);
    expect((await other.json("POST", `/api/plans/${plan.id}/project-extension/milestones`, { components: ["mock-program"] })).status).toBe(404);

    // The export carries the checklist.
    const exported = await client.get<{ careerPlan: { projectExtension: View } }>("/api/account/export");
    expect(exported.body.careerPlan.projectExtension.criteria).toEqual({ checked: ["measurable-goals"], version: 2 });
  });
});
