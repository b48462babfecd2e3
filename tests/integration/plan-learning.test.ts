import { describe, expect, it } from "vitest";
import { invalidInput, newUser } from "../support/client";
import { type PlanBody, createPlan, shiftDays, todayUtc } from "./plan-support";

type Month = {
  month: string;
  categories: { category: string; minutes: number; targetMinutes: number; percent: number }[];
};
type Overview = {
  today: string;
  currentMonth: Month;
  months: Month[];
  recent: { id: string; minutes: number }[];
};

describe("/api/learning", () => {
  it("logs hours and totals them by month against the targets", async () => {
    const { client } = await newUser("learning");
    const today = todayUtc();
    const firstOfMonth = `${today.slice(0, 7)}-01`;
    const lastOfPrevious = shiftDays(firstOfMonth, -1);
    for (const body of [
      { date: today, category: "TECHNICAL", hours: 1.5, note: "Read a paper" },
      { date: firstOfMonth, category: "TECHNICAL", hours: 2.25 },
      { date: today, category: "SOFT_SKILLS", hours: 10 },
      { date: lastOfPrevious, category: "INDUSTRY", hours: 3 },
    ]) {
      const res = await client.json("POST", "/api/learning", body);
      expect(res.status).toBe(201);
    }
    const res = await client.get<Overview>("/api/learning?months=2");
    expect(res.status).toBe(200);
    expect(res.body.months.map((m) => m.month)).toEqual([lastOfPrevious.slice(0, 7), today.slice(0, 7)]);
    // This month: technical 1.5 h + 2.25 h = 225 min of 1200 → 18 %; soft skills 600 of 600 → 100 %.
    expect(res.body.currentMonth.categories).toEqual([
      { category: "TECHNICAL", minutes: 225, targetMinutes: 1200, percent: 18, met: false },
      { category: "SOFT_SKILLS", minutes: 600, targetMinutes: 600, percent: 100, met: true },
      { category: "INDUSTRY", minutes: 0, targetMinutes: 600, percent: 0, met: false },
    ]);
    // Last month: industry 3 h = 180 of 600 → 30 %.
    expect(res.body.months[0]!.categories[2]).toMatchObject({ minutes: 180, percent: 30 });
    expect(res.body.recent).toHaveLength(4);
  });

  it("rejects negative, absurd and future hours with field messages, and saves nothing", async () => {
    const { client } = await newUser("learning-bad");
    const today = todayUtc();
    const bad = await client.json("POST", "/api/learning", { date: today, category: "COOKING", hours: -3 });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual(invalidInput({
      category: "Choose technical skills, soft skills or industry knowledge.",
      hours: "Enter more than 0 hours.",
    }));
    const tooMany = await client.json("POST", "/api/learning", {
      date: today,
      category: "TECHNICAL",
      hours: 25,
    });
    expect(tooMany.body).toMatchObject({ error: { fields: { hours: "A day has at most 24 hours." } } });
    const future = await client.json("POST", "/api/learning", {
      date: shiftDays(today, 1),
      category: "TECHNICAL",
      hours: 1,
    });
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({
      error: { fields: { date: `Log time up to today (${today}), not in the future.` } },
    });

    // 24 hours in one day across entries at most.
    expect(
      (await client.json("POST", "/api/learning", { date: today, category: "TECHNICAL", hours: 20 })).status,
    ).toBe(201);
    const over = await client.json("POST", "/api/learning", {
      date: today,
      category: "SOFT_SKILLS",
      hours: 4.25,
    });
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({
      error: {
        fields: { hours: `A day has 24 hours and 20 h are already logged on ${today}; enter at most 4 h.` },
      },
    });
    expect(
      (await client.json("POST", "/api/learning", { date: today, category: "SOFT_SKILLS", hours: 4 })).status,
    ).toBe(201);

    const overview = await client.get<Overview>("/api/learning?months=1");
    expect(overview.body.recent.map((e) => e.minutes).sort()).toEqual([1200, 240]);
  });

  it("answers 404 when deleting another user's entry", async () => {
    const owner = await newUser("learning-owner");
    const other = await newUser("learning-other");
    const created = await owner.client.json<{ entry: { id: string } }>("POST", "/api/learning", {
      date: todayUtc(),
      category: "INDUSTRY",
      hours: 1,
    });
    const res = await other.client.json("DELETE", `/api/learning/${created.body.entry.id}`);
    expect(res.status).toBe(404);
    expect((await owner.client.get<Overview>("/api/learning")).body.recent).toHaveLength(1);
    expect((await owner.client.json("DELETE", `/api/learning/${created.body.entry.id}`)).status).toBe(200);
  });
});

describe("/api/network", () => {
  it("tracks network goals with versioned edits, scoped to the user", async () => {
    const { client } = await newUser("network");
    const other = await newUser("network-other");
    const created = await client.json<{ item: { id: string; version: number; status: string } }>(
      "POST",
      "/api/network",
      {
        kind: "EVENT",
        title: "Speak at NeurIPS workshop",
        targetDate: "2027-12-01",
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.item).toMatchObject({ status: "PLANNED", version: 1 });
    const id = created.body.item.id;

    const bad = await client.json("POST", "/api/network", { kind: "PARTY", title: "" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: {
        fields: {
          kind: "Choose a target connection, an event or a mentorship goal.",
          title: "Describe the item.",
        },
      },
    });

    const done = await client.json<{ item: { status: string; version: number } }>(
      "PATCH",
      `/api/network/${id}`,
      {
        version: 1,
        status: "DONE",
      },
    );
    expect(done.body.item).toMatchObject({ status: "DONE", version: 2 });
    expect((await client.json("PATCH", `/api/network/${id}`, { version: 1, status: "PLANNED" })).status).toBe(
      409,
    );
    expect(
      (await other.client.json("PATCH", `/api/network/${id}`, { version: 2, title: "Mine" })).status,
    ).toBe(404);
    expect((await other.client.json("DELETE", `/api/network/${id}`)).status).toBe(404);
    expect((await other.client.get<{ items: unknown[] }>("/api/network")).body.items).toEqual([]);
    const list = await client.get<{ items: { title: string; status: string }[] }>("/api/network");
    expect(list.body.items).toMatchObject([{ title: "Speak at NeurIPS workshop", status: "DONE" }]);
  });
});

describe("/api/account/export", () => {
  it("downloads the profile and all plan data, and nothing of other users", async () => {
    const { client, email } = await newUser("export");
    const other = await newUser("export-other");
    await createPlan(other.client);
    const { plan } = await createPlan(client);
    await client.json("POST", `/api/plans/${plan.id}/milestones`, {
      title: "Milestone A",
      targetDate: shiftDays(plan.startsOn, 10),
    });
    await client.json("POST", "/api/learning", { date: todayUtc(), category: "TECHNICAL", hours: 2 });
    await client.json("POST", "/api/network", { kind: "MENTORSHIP", title: "Find a mentor" });

    const res = await client.raw("/api/account/export");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="preploop-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = (await res.json()) as {
      format: string;
      profile: { email: string };
      careerPlan: {
        plan: PlanBody["plan"];
        milestones: { title: string }[];
        learningEntries: { minutes: number }[];
        networkItems: { title: string }[];
      };
    };
    expect(data.format).toBe("preploop-export");
    expect(data.profile.email).toBe(email);
    expect(data.profile).not.toHaveProperty("passwordHash");
    expect(data.careerPlan.plan.id).toBe(plan.id);
    expect(data.careerPlan.milestones.map((m) => m.title)).toEqual(["Milestone A"]);
    expect(data.careerPlan.learningEntries.map((e) => e.minutes)).toEqual([120]);
    expect(data.careerPlan.networkItems.map((n) => n.title)).toEqual(["Find a mentor"]);
  });
});
