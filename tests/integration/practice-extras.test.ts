// Quiz results, the journal and interview checklists over HTTP.
import { afterAll, describe, expect, it } from "vitest";
import { newUser } from "../support/client";
import { closeTestDb, countRows } from "../support/db";

afterAll(closeTestDb);

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

describe("micro-quiz", () => {
  it("serves the bank's quiz questions and feeds results to review scheduling", async () => {
    const { client, id: userId } = await newUser("quiz");
    const round = await client.get<{ items: { id: string; title: string; answer: string }[] }>("/api/practice/quiz");
    expect(round.status).toBe(200);
    expect(round.body.items.length).toBeGreaterThanOrEqual(6);
    const [first, second] = round.body.items;
    expect((await client.json("POST", "/api/practice/quiz/results", { questionId: first!.id, knew: true })).status).toBe(201);
    expect((await client.json("POST", "/api/practice/quiz/results", { questionId: second!.id, knew: false, response: "no idea" })).status).toBe(201);
    expect(await countRows("QuizResult", `"userId" = $1`, [userId])).toBe(2);
    const review = await client.get<{ scheduledTotal: number }>("/api/practice/review");
    expect(review.body.scheduledTotal).toBe(2);

    const bad = await client.json<ErrorBody>("POST", "/api/practice/quiz/results", { questionId: first!.id, knew: "yes" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.knew).toBe("Send true (knew it) or false (missed it).");
    const tech = await client.get<{ items: { id: string }[] }>("/api/questions?type=technical&limit=1");
    const notQuiz = await client.json("POST", "/api/practice/quiz/results", { questionId: tech.body.items[0]!.id, knew: true });
    expect(notQuiz.status).toBe(404);
    expect(await countRows("QuizResult", `"userId" = $1`, [userId])).toBe(2);
  });
});

describe("reflection journal", () => {
  it("creates, edits with versions and deletes private entries; validates input", async () => {
    const { client } = await newUser("journal");
    const other = await newUser("journal-other");
    const list = await client.get<{ entries: unknown[]; prompts: { id: string; title: string }[] }>("/api/practice/journal");
    expect(list.body.prompts.map((p) => p.title)).toEqual(["Career vision and preparation", "Interview experience analysis", "Value proposition assessment"]);
    const prompt = list.body.prompts[1]!;

    const bad = await client.json<ErrorBody>("POST", "/api/practice/journal", { title: "", body: "", entryDate: "2026-02-30" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({ title: "Give the entry a title.", body: "Write something in the entry.", entryDate: "That date does not exist." });

    const created = await client.json<{ entry: { id: string; version: number; promptTitle: string } }>("POST", "/api/practice/journal", {
      title: "After the Acme loop",
      body: "System design went badly.",
      entryDate: "2026-03-02",
      promptId: prompt.id,
    });
    expect(created.status).toBe(201);
    expect(created.body.entry).toMatchObject({ version: 1, promptTitle: "Interview experience analysis" });
    const id = created.body.entry.id;

    const edit = { title: "After the Acme loop", body: "System design went badly; plan below.", entryDate: "2026-03-02", promptId: prompt.id };
    expect((await client.json("PUT", `/api/practice/journal/${id}`, { ...edit, version: 1 })).status).toBe(200);
    const stale = await client.json<ErrorBody>("PUT", `/api/practice/journal/${id}`, { ...edit, body: "stale", version: 1 });
    expect(stale.status).toBe(409);
    expect((await other.client.json("PUT", `/api/practice/journal/${id}`, { ...edit, version: 2 })).status).toBe(404);
    expect((await other.client.json("DELETE", `/api/practice/journal/${id}`)).status).toBe(404);
    const mine = await client.get<{ entries: { body: string; version: number }[] }>("/api/practice/journal");
    expect(mine.body.entries).toEqual([expect.objectContaining({ body: "System design went badly; plan below.", version: 2 })]);
    expect((await other.client.get<{ entries: unknown[] }>("/api/practice/journal")).body.entries).toEqual([]);
    expect((await client.json("DELETE", `/api/practice/journal/${id}`)).status).toBe(200);
  });
});

describe("interview checklists", () => {
  it("creates an interview, ticks items idempotently and shows progress; another user gets 404", async () => {
    const { client } = await newUser("interview");
    const other = await newUser("interview-other");
    const bad = await client.json<ErrorBody>("POST", "/api/practice/interviews", { company: " ", date: "soon", kind: "PHONE" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(["company", "date", "kind"]);

    const created = await client.json<{ interview: { id: string } }>("POST", "/api/practice/interviews", { company: "Acme AI", date: "2026-04-01", kind: "REAL" });
    expect(created.status).toBe(201);
    const url = `/api/practice/interviews/${created.body.interview.id}`;
    await client.json("PUT", `${url}/checks`, { itemKey: "before-project-stories", checked: true });
    const twice = await client.json<{ interview: { progress: { done: number; total: number } } }>("PUT", `${url}/checks`, {
      itemKey: "before-project-stories",
      checked: true,
    });
    expect(twice.body.interview.progress).toMatchObject({ done: 1, total: 14 });
    const unknown = await client.json<ErrorBody>("PUT", `${url}/checks`, { itemKey: "bring-snacks", checked: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields?.itemKey).toBe("That is not an item of the checklist.");

    expect((await other.client.get(url)).status).toBe(404);
    expect((await other.client.json("PUT", `${url}/checks`, { itemKey: "during-clarify", checked: true })).status).toBe(404);
    expect((await other.client.json("DELETE", url)).status).toBe(404);
    const still = await client.get<{ interview: { checked: string[] } }>(url);
    expect(still.body.interview.checked).toEqual(["before-project-stories"]);
  });
});
