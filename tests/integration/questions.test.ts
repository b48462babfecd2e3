import { afterAll, describe, expect, it } from "vitest";
import { FOCUS_AREAS } from "@/lib/questions/taxonomy";
import { Client, newUser } from "../support/client";
import { closeTestDb, testDb } from "../support/db";
import { SEED_TITLES } from "../support/seed-titles";

afterAll(closeTestDb);

type Item = { id: string; title: string; source: string; focusArea: string; challenged: boolean };
type ListBody = { items: Item[]; nextCursor: string | null; total: number; facets: Record<string, Record<string, number>> };
type Detail = {
  question: { id: string; title: string; answer: { modelAnswer: string; keyPoints: string[] } | null; state: { challenged: boolean; note: string; noteVersion: number; revealed: boolean }; version: number };
};

const personal = {
  title: "How would you debias our click logs?",
  prompt: "Our ranker is trained on clicks from position-biased logs. What would you do?",
  type: "technical",
  focusArea: "ml-algorithms",
  difficulty: "hard",
  allocatedMinutes: 5,
  expectedMinutes: 4,
  keyPoints: ["Inverse propensity weighting", "Randomisation to estimate propensities", "Clipping weights"],
  modelAnswer: "Estimate position propensities with a small randomised experiment, then weight clicks by 1/propensity.",
  discussionPoints: [],
  tags: ["ranking", "Position-Bias"],
  companyType: "big-tech",
};

describe("the seeded bank", () => {
  it("holds at least 120 questions and at least 10 for every mock focus area", async () => {
    const { client } = await newUser("bank");
    const all = await client.get<ListBody>("/api/questions?source=original&limit=1");
    const seed = await client.get<ListBody>("/api/questions?source=seed&limit=1");
    expect(all.body.total + seed.body.total).toBeGreaterThanOrEqual(120);
    for (const area of FOCUS_AREAS.filter((a) => a.mock)) {
      const res = await client.get<ListBody>(`/api/questions?focusArea=${area.value}&limit=1`);
      expect(res.body.total, area.value).toBeGreaterThanOrEqual(10);
    }
  });

  it("contains every practice item of the source guide by title", async () => {
    const { rows } = await testDb().query<{ title: string }>(
      `SELECT title FROM "Question" WHERE source = 'SEED' AND "retiredAt" IS NULL`,
    );
    const titles = new Set(rows.map((r) => r.title));
    expect(SEED_TITLES.filter((t) => !titles.has(t))).toEqual([]);
  });
});

describe("GET /api/questions", () => {
  it("finds known words first, with prefixes", async () => {
    const { client } = await newUser("search");
    const first = async (q: string) =>
      (await client.get<ListBody>(`/api/questions?q=${encodeURIComponent(q)}`)).body.items[0]?.title;
    expect(await first("distributed training")).toBe("Distributed training optimization");
    expect(await first("ensemble")).toBe("Advanced ensemble methods");
    expect(await first("distrib")).toBe("Distributed training optimization");
    expect(await first("multi-modal search")).toBe("Multi-modal search system");
    expect(await first("exactly once kafka")).toBe(
      "Design streaming window features with end-to-end exactly-once semantics on Kafka and Flink",
    );
    expect(await first("conversational")).toBe("Conversational AI platform");
    // "negotiat" is a prefix of "negotiation" although its English stem ("negoti") is shorter.
    const neg = await client.get<ListBody>("/api/questions?q=negotiat");
    expect(neg.body.total).toBeGreaterThanOrEqual(5);
    expect(neg.body.items.slice(0, 3).every((i) => /negotiat/i.test(i.title))).toBe(true);
  });

  it("filters by facets and counts each facet", async () => {
    const { client } = await newUser("facets");
    const res = await client.get<ListBody>("/api/questions?type=coding&difficulty=hard");
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.items.length).toBe(Math.min(20, res.body.total));
    // The difficulty facet ignores the difficulty filter, so it counts every coding question.
    const coding = await client.get<ListBody>("/api/questions?type=coding&limit=1");
    const sum = Object.values(res.body.facets.difficulty!).reduce((a, b) => a + b, 0);
    expect(sum).toBe(coding.body.total);
    expect(res.body.facets.difficulty!.hard).toBe(res.body.total);
    const tagged = await client.get<ListBody>("/api/questions?tag=attention");
    expect(tagged.body.total).toBeGreaterThan(0);
  });

  it("gives facets in a fixed order, the same on every call (issue 20: prepared statements)", async () => {
    const { client } = await newUser("facet-order");
    // Past PostgreSQL's first five custom plans a prepared statement may run a generic plan, which
    // groups differently: the answer must not change with it (key order included).
    const answers: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await client.get<ListBody>("/api/questions?q=feature%20stor");
      expect(res.status).toBe(200);
      answers.push(JSON.stringify(res.body));
    }
    expect(new Set(answers).size).toBe(1);
    const body = JSON.parse(answers[0]!) as ListBody & { facets: { tags: { tag: string; count: number }[] } };
    for (const dim of ["type", "focusArea", "difficulty", "companyType", "source"]) {
      const keys = Object.keys(body.facets[dim]!);
      expect(keys.length, dim).toBeGreaterThan(0);
      expect(keys, dim).toEqual([...keys].sort());
    }
    const tags = body.facets.tags;
    const byCountThenName = [...tags].sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
    expect(tags).toEqual(byCountThenName);
  });

  it("keeps the search vector in the row, not in the TOAST table (issue 20)", async () => {
    const { rows } = await testDb().query<{ storage: string; outside: number }>(
      `SELECT (SELECT attstorage FROM pg_attribute WHERE attrelid = '"Question"'::regclass AND attname = 'search') AS storage,
              (SELECT count(*)::int FROM "Question" WHERE pg_column_toast_chunk_id("search") IS NOT NULL) AS outside`,
    );
    expect(rows[0]).toEqual({ storage: "m", outside: 0 });
  });

  it("pages through everything with keyset cursors, without gaps or repeats", async () => {
    const { client } = await newUser("pages");
    for (const sort of ["difficulty", "title", "time", "newest"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let total = 0;
      do {
        const url: string = `/api/questions?sort=${sort}&limit=50${cursor ? `&cursor=${cursor}` : ""}`;
        const res = await client.get<ListBody>(url);
        expect(res.status).toBe(200);
        total = res.body.total;
        seen.push(...res.body.items.map((i) => i.id));
        cursor = res.body.nextCursor;
      } while (cursor && seen.length <= total);
      expect(seen.length, sort).toBe(total);
      expect(new Set(seen).size, sort).toBe(total);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const res: { body: ListBody } = await client.get<ListBody>(`/api/questions?q=model&limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      total = res.body.total;
      seen.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor && seen.length <= total);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("answers 400 with field messages for bad filters, long searches and bad cursors", async () => {
    const { client } = await newUser("bad-query");
    const cases: [string, Record<string, string>][] = [
      ["/api/questions?type=poetry", { type: "Unknown type. Use one of: technical, behavioural, system-design, coding, business-case, compensation, quiz, reflection." }],
      ["/api/questions?difficulty=impossible", { difficulty: "Unknown difficulty. Use one of: easy, medium, hard, expert." }],
      [`/api/questions?q=${"x".repeat(201)}`, { q: "Search for at most 200 characters." }],
      ["/api/questions?cursor=garbage", { cursor: "That cursor is not valid. Start again from the first page." }],
      ["/api/questions?limit=500", { limit: "Limit must be between 1 and 50." }],
      ["/api/questions?sort=relevance", { sort: "Sorting by relevance needs a search (q)." }],
      ["/api/questions?q=%3F%3F%3F", { q: "Search for at least one letter or digit." }],
      ["/api/questions?color=red", { _: 'Unrecognized key: "color"' }],
    ];
    for (const [url, fields] of cases) {
      const res = await client.get(url);
      expect(res.status, url).toBe(400);
      expect(res.body, url).toMatchObject({ error: { code: "invalid_input", fields } });
    }
  });

  it("requires sign-in", async () => {
    expect((await new Client().get("/api/questions")).status).toBe(401);
  });
});

describe("a question's answer key", () => {
  it("stays hidden until revealed, and the reveal is remembered", async () => {
    const { client } = await newUser("reveal");
    const list = await client.get<ListBody>("/api/questions?q=ensemble");
    const id = list.body.items[0]!.id;
    const before = await client.get<Detail>(`/api/questions/${id}`);
    expect(before.body.question.answer).toBeNull();
    expect(JSON.stringify(before.body)).not.toContain("DynamicEnsembleClassifier");
    const revealed = await client.json<Detail>("POST", `/api/questions/${id}/reveal`);
    expect(revealed.status).toBe(200);
    expect(revealed.body.question.answer!.modelAnswer).toContain("DynamicEnsembleClassifier");
    const after = await client.get<Detail>(`/api/questions/${id}`);
    expect(after.body.question.state.revealed).toBe(true);
    expect(after.body.question.answer!.keyPoints.length).toBeGreaterThanOrEqual(3);
    // Another user still sees it hidden.
    const { client: other } = await newUser("reveal-other");
    expect((await other.get<Detail>(`/api/questions/${id}`)).body.question.answer).toBeNull();
  });
});

describe("personal questions", () => {
  it("are created, listed, edited with versions and deleted by their owner only", async () => {
    const owner = await newUser("owner");
    const stranger = await newUser("stranger");
    const created = await owner.client.json<{ question: { id: string; version: number } }>("POST", "/api/questions", personal);
    expect(created.status).toBe(201);
    const id = created.body.question.id;

    const mine = await owner.client.get<ListBody>("/api/questions?source=personal");
    expect(mine.body.items.map((i) => i.title)).toEqual([personal.title]);
    const found = await owner.client.get<ListBody>("/api/questions?q=debias%20click");
    expect(found.body.items[0]?.title).toBe(personal.title);
    const detail = await owner.client.get<Detail>(`/api/questions/${id}`);
    expect(detail.body.question.answer!.modelAnswer).toBe(personal.modelAnswer); // the owner sees their own answer
    expect(detail.body).toMatchObject({ question: { tags: ["ranking", "position-bias"], source: "personal" } });

    // Nobody else sees it: not in lists, not by id, not editable, not deletable.
    expect((await stranger.client.get<ListBody>("/api/questions?q=debias%20click")).body.total).toBe(0);
    expect((await stranger.client.get<ListBody>("/api/questions?source=personal")).body.total).toBe(0);
    expect((await stranger.client.get(`/api/questions/${id}`)).status).toBe(404);
    expect((await stranger.client.json("PUT", `/api/questions/${id}`, { ...personal, version: 1 })).status).toBe(404);
    expect((await stranger.client.json("DELETE", `/api/questions/${id}`)).status).toBe(404);
    expect((await stranger.client.json("PUT", `/api/questions/${id}/note`, { note: "mine", version: 0 })).status).toBe(404);
    expect((await stranger.client.json("PUT", `/api/questions/${id}/bookmark`, { challenged: true })).status).toBe(404);

    const edited = await owner.client.json("PUT", `/api/questions/${id}`, { ...personal, title: "Debiasing click logs", version: 1 });
    expect(edited.status).toBe(200);
    const stale = await owner.client.json("PUT", `/api/questions/${id}`, { ...personal, title: "Stale", version: 1 });
    expect(stale.status).toBe(409);
    expect((await owner.client.get<Detail>(`/api/questions/${id}`)).body.question.title).toBe("Debiasing click logs");

    expect((await owner.client.json("DELETE", `/api/questions/${id}`)).status).toBe(200);
    expect((await owner.client.get(`/api/questions/${id}`)).status).toBe(404);
  });

  it("answers 400 with field messages for missing and over-long fields, saving nothing", async () => {
    const { client, id: userId } = await newUser("pq-bad");
    const res = await client.json("POST", "/api/questions", {
      ...personal,
      title: "",
      prompt: "x".repeat(20_001),
      focusArea: "astrology",
      allocatedMinutes: 0,
      keyPoints: ["ok", "y".repeat(401)],
      tags: ["Not A Tag!"],
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: {
        code: "invalid_input",
        fields: {
          title: "Give the question a title of at least 3 characters.",
          prompt: "Use at most 20,000 characters.",
          focusArea: expect.stringContaining("Unknown focus area."),
          allocatedMinutes: "At least 1 minute.",
          "keyPoints.1": "Use at most 400 characters.",
          "tags.0": "Tags are words joined by dashes, like feature-store.",
        },
      },
    });
    const missing = await client.json("POST", "/api/questions", { title: "Only a title" });
    expect(missing.status).toBe(400);
    expect(Object.keys((missing.body as { error: { fields: object } }).error.fields)).toEqual(
      expect.arrayContaining(["prompt", "type", "focusArea", "difficulty", "allocatedMinutes", "expectedMinutes"]),
    );
    const { rows } = await testDb().query(`SELECT 1 FROM "Question" WHERE "ownerId" = $1`, [userId]);
    expect(rows.length).toBe(0);
  });

  it("cannot be used to edit or delete a bank question", async () => {
    const { client } = await newUser("bank-edit");
    const id = (await client.get<ListBody>("/api/questions?q=ensemble")).body.items[0]!.id;
    expect((await client.json("PUT", `/api/questions/${id}`, { ...personal, version: 1 })).status).toBe(404);
    expect((await client.json("DELETE", `/api/questions/${id}`)).status).toBe(404);
  });
});

describe("bookmarks and notes", () => {
  it("mark a question as challenging and keep a private, versioned note", async () => {
    const { client } = await newUser("notes");
    const id = (await client.get<ListBody>("/api/questions?q=fraud%20detection%20system")).body.items[0]!.id;
    expect((await client.json("PUT", `/api/questions/${id}/bookmark`, { challenged: true })).status).toBe(200);
    const challenged = await client.get<ListBody>("/api/questions?challenged=true");
    expect(challenged.body.items.map((i) => i.id)).toEqual([id]);
    expect(challenged.body.items[0]!.challenged).toBe(true);

    const first = await client.json<{ noteVersion: number }>("PUT", `/api/questions/${id}/note`, { note: "Revisit feature store latency", version: 0 });
    expect(first.status).toBe(200);
    expect(first.body.noteVersion).toBe(1);
    const stale = await client.json("PUT", `/api/questions/${id}/note`, { note: "other tab", version: 0 });
    expect(stale.status).toBe(409);
    const tooLong = await client.json("PUT", `/api/questions/${id}/note`, { note: "z".repeat(10_001), version: 1 });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ error: { fields: { note: "A note has at most 10,000 characters." } } });
    const detail = await client.get<Detail>(`/api/questions/${id}`);
    expect(detail.body.question.state).toMatchObject({ challenged: true, note: "Revisit feature store latency", noteVersion: 1 });

    const { client: other } = await newUser("notes-other");
    const theirs = await other.get<Detail>(`/api/questions/${id}`);
    expect(theirs.body.question.state).toEqual({ challenged: false, note: "", noteVersion: 0, revealed: false });
  });

  it("answer 404 for a question that does not exist", async () => {
    const { client } = await newUser("missing");
    expect((await client.get("/api/questions/nope")).status).toBe(404);
    expect((await client.json("PUT", "/api/questions/nope/bookmark", { challenged: true })).status).toBe(404);
  });
});
