import { describe, expect, it } from "vitest";
import { Client, invalidInput, newUser } from "../support/client";
import { type PlanBody, createPlan, planInput, shiftDays, todayUtc } from "./plan-support";

type MilestoneBody = {
  milestone: PlanBody["milestones"][number] & { overdue: boolean; horizon: string | null };
};

describe("/api/plans", () => {
  it("requires a signed-in user", async () => {
    const res = await new Client().get("/api/plans");
    expect(res.status).toBe(401);
  });

  it("creates one plan per user, reads it back and updates it with versioned writes", async () => {
    const { client } = await newUser("plan");
    const empty = await client.get("/api/plans");
    expect(empty.body).toEqual({ plan: null, milestones: [], summary: null });

    const today = todayUtc();
    const created = await createPlan(client, today);
    expect(created.plan).toMatchObject({ ...planInput(today), version: 1 });
    expect(created.summary.window.start).toBe(today);
    expect(created.summary.horizons.map((h) => h.id)).toEqual(["year1", "years2to3", "years4to5"]);

    const again = await client.json("POST", "/api/plans", planInput(today));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: "plan_exists" } });

    const id = created.plan.id;
    const saved = await client.json<PlanBody>("PUT", `/api/plans/${id}`, {
      ...planInput(today),
      version: 1,
      trackId: "management",
      stageId: "senior-to-tech-lead",
    });
    expect(saved.status).toBe(200);
    expect(saved.body.plan).toMatchObject({
      trackId: "management",
      stageId: "senior-to-tech-lead",
      version: 2,
    });

    const stale = await client.json("PUT", `/api/plans/${id}`, {
      ...planInput(today),
      version: 1,
      year1Role: "Stale",
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: "stale_version" } });
    const after = await client.get<PlanBody>("/api/plans");
    expect(after.body.plan).toMatchObject({ trackId: "management", year1Role: "AI Engineer II", version: 2 });
  });

  it("rejects unknown tracks and stages with field messages and saves nothing", async () => {
    const { client } = await newUser("plan-bad");
    const res = await client.json("POST", "/api/plans", {
      ...planInput(todayUtc()),
      trackId: "astronaut",
      stageId: "moonwalker",
      startsOn: "2026-02-30",
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(invalidInput({
      trackId: "Choose one of the listed tracks.",
      stageId: "Choose one of the listed stages.",
      startsOn: "Enter a real date like 2027-06-30.",
    }));
    const mismatch = await client.json("POST", "/api/plans", { ...planInput(todayUtc()), trackId: "hybrid" });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body).toMatchObject({
      error: { fields: { stageId: "Choose a stage of the chosen track." } },
    });
    const far = await client.json("POST", "/api/plans", { ...planInput("2001-01-01") });
    expect(far.status).toBe(400);
    expect(far.body).toMatchObject({
      error: { fields: { startsOn: expect.stringMatching(/^Start the plan between/) as string } },
    });
    expect((await client.get("/api/plans")).body).toMatchObject({ plan: null });
  });

  it("answers 404 for another user's plan and milestones", async () => {
    const owner = await newUser("plan-owner");
    const other = await newUser("plan-other");
    const { plan } = await createPlan(owner.client);
    const m = await owner.client.json<MilestoneBody>("POST", `/api/plans/${plan.id}/milestones`, {
      title: "Mine",
      targetDate: shiftDays(plan.startsOn, 30),
    });
    const mid = m.body.milestone.id;
    const tries = [
      await other.client.get(`/api/plans/${plan.id}`),
      await other.client.json("PUT", `/api/plans/${plan.id}`, { ...planInput(plan.startsOn), version: 1 }),
      await other.client.json("POST", `/api/plans/${plan.id}/milestones`, {
        title: "x",
        targetDate: plan.startsOn,
      }),
      await other.client.json("PATCH", `/api/plans/${plan.id}/milestones/${mid}`, {
        version: 1,
        title: "Hijacked",
      }),
      await other.client.json("DELETE", `/api/plans/${plan.id}/milestones/${mid}`),
      await other.client.json("PUT", `/api/plans/${plan.id}/milestones/order`, {
        order: [{ id: mid, version: 1 }],
      }),
    ];
    expect(tries.map((t) => t.status)).toEqual([404, 404, 404, 404, 404, 404]);
    const mine = await owner.client.get<PlanBody>(`/api/plans/${plan.id}`);
    expect(mine.body.plan.version).toBe(1);
    expect(mine.body.milestones.map((x) => [x.title, x.version])).toEqual([["Mine", 1]]);
  });
});

describe("milestones", () => {
  it("adds, edits, completes, reorders and deletes milestones", async () => {
    const { client } = await newUser("milestones");
    const { plan } = await createPlan(client);
    const base = `/api/plans/${plan.id}/milestones`;
    const add = (title: string, days: number, extra = {}) =>
      client.json<MilestoneBody>("POST", base, {
        title,
        targetDate: shiftDays(plan.startsOn, days),
        ...extra,
      });

    const a = await add("Ship ranking model", 60, {
      skills: ["System design capabilities"],
      evidence: [{ label: "Mock report", url: "/mocks/abc" }],
    });
    expect(a.status).toBe(201);
    expect(a.body.milestone).toMatchObject({
      position: 0,
      status: "NOT_STARTED",
      progress: 0,
      horizon: "year1",
      overdue: false,
    });
    const b = await add("Lead a project", 500, { status: "IN_PROGRESS", progress: 30 });
    const c = await add("Give a talk", 1500);
    expect([b.body.milestone.position, c.body.milestone.position]).toEqual([1, 2]);
    expect(c.body.milestone.horizon).toBe("years4to5");

    const done = await client.json<MilestoneBody>("PATCH", `${base}/${b.body.milestone.id}`, {
      version: 1,
      status: "DONE",
    });
    expect(done.body.milestone).toMatchObject({ status: "DONE", progress: 100, version: 2 });

    const stale = await client.json("PATCH", `${base}/${b.body.milestone.id}`, {
      version: 1,
      title: "Stale",
    });
    expect(stale.status).toBe(409);

    const order = [c.body.milestone, a.body.milestone, done.body.milestone].map((m) => ({
      id: m.id,
      version: m.version,
    }));
    const moved = await client.json<{ milestones: PlanBody["milestones"] }>("PUT", `${base}/order`, {
      order,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.milestones.map((m) => [m.title, m.position])).toEqual([
      ["Give a talk", 0],
      ["Ship ranking model", 1],
      ["Lead a project", 2],
    ]);
    // A reorder from a stale list (old versions) is refused and nothing moves.
    const staleOrder = await client.json("PUT", `${base}/order`, { order: order.reverse() });
    expect(staleOrder.status).toBe(409);
    // A list that misses a milestone is refused too.
    const partial = await client.json("PUT", `${base}/order`, {
      order: moved.body.milestones.slice(0, 2).map((m) => ({ id: m.id, version: m.version })),
    });
    expect(partial.status).toBe(409);

    const detail = await client.get<PlanBody>(`/api/plans/${plan.id}`);
    expect(detail.body.milestones.map((m) => m.title)).toEqual([
      "Give a talk",
      "Ship ranking model",
      "Lead a project",
    ]);
    expect(detail.body.summary.horizons.map((h) => [h.total, h.done])).toEqual([
      [1, 0],
      [1, 1],
      [1, 0],
    ]);

    const del = await client.json("DELETE", `${base}/${a.body.milestone.id}`);
    expect(del.status).toBe(200);
    expect((await client.json("DELETE", `${base}/${a.body.milestone.id}`)).status).toBe(404);
  });

  it("rejects dates outside the plan's five years and progress outside 0-100, saving nothing", async () => {
    const { client } = await newUser("milestones-bad");
    const { plan, summary } = await createPlan(client);
    const base = `/api/plans/${plan.id}/milestones`;

    const before = await client.json("POST", base, {
      title: "Too early",
      targetDate: shiftDays(plan.startsOn, -1),
    });
    expect(before.status).toBe(400);
    expect(before.body).toEqual(invalidInput({
      targetDate: `Choose a date within your plan's five years, ${summary.window.start} to ${summary.window.end}.`,
    }));
    const after = await client.json("POST", base, {
      title: "Too late",
      targetDate: shiftDays(summary.window.end, 1),
    });
    expect(after.status).toBe(400);
    expect(after.body).toMatchObject({
      error: { fields: { targetDate: expect.stringContaining("five years") as string } },
    });
    const lastDay = await client.json("POST", base, { title: "Last day", targetDate: summary.window.end });
    expect(lastDay.status).toBe(201);

    const bad = await client.json("POST", base, {
      title: "",
      targetDate: "2027-13-01",
      progress: 120,
      status: "MAYBE",
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: {
        fields: {
          title: "Enter a title.",
          targetDate: "Enter a real date like 2027-06-30.",
          progress: "Progress cannot be above 100.",
          status: "Choose not started, in progress, done or dropped.",
        },
      },
    });
    const m = (lastDay.body as MilestoneBody).milestone;
    const negative = await client.json("PATCH", `${base}/${m.id}`, { version: 1, progress: -5 });
    expect(negative.status).toBe(400);
    expect(negative.body).toMatchObject({ error: { fields: { progress: "Progress cannot be below 0." } } });
    const outside = await client.json("PATCH", `${base}/${m.id}`, { version: 1, targetDate: "1999-01-01" });
    expect(outside.status).toBe(400);

    const detail = await client.get<PlanBody>(`/api/plans/${plan.id}`);
    expect(detail.body.milestones).toHaveLength(1);
    expect(detail.body.milestones[0]).toMatchObject({ title: "Last day", progress: 0, version: 1 });
  });

  it("flags overdue milestones against the user's today", async () => {
    const { client } = await newUser("overdue");
    const today = todayUtc();
    const { plan } = await createPlan(client, shiftDays(today, -100));
    const base = `/api/plans/${plan.id}/milestones`;
    const late = await client.json<MilestoneBody>("POST", base, {
      title: "Late",
      targetDate: shiftDays(today, -1),
    });
    const due = await client.json<MilestoneBody>("POST", base, { title: "Due today", targetDate: today });
    const doneLate = await client.json<MilestoneBody>("POST", base, {
      title: "Done late",
      targetDate: shiftDays(today, -2),
      status: "DONE",
    });
    expect(late.body.milestone.overdue).toBe(true);
    expect(due.body.milestone.overdue).toBe(false);
    expect(doneLate.body.milestone).toMatchObject({ overdue: false, progress: 100 });
    const detail = await client.get<{ summary: { overdue: number } }>(`/api/plans/${plan.id}`);
    expect(detail.body.summary.overdue).toBe(1);
  });
});
