import { afterAll, describe, expect, it } from "vitest";
import { type Client, newUser } from "../support/client";
import { closeTestDb, countRows } from "../support/db";
import { ALL_SCOPES, NO_SCOPES, mentorOf, review } from "../support/mentors";
import { answerFor, questionOfType, startAttempt } from "../support/practice";

afterAll(closeTestDb);

const body = (over: Record<string, unknown> = {}) => ({
  title: "Credit model drift",
  situation: "Our credit model fell from 92% to 87% a month after launch.",
  task: "Find the cause and restore confidence.",
  action: "Traced missing values to a pipeline change and added drift alerts.",
  result: "Back to 93% within 24 hours.",
  competencies: ["failure", "pressure"],
  suitsFor: ["Fintech"],
  ...over,
});

type StoryBody = { story: { id: string; version: number; title: string; competencies: string[]; suitsFor: string[]; useCount: number } };
type Detail = {
  story: StoryBody["story"] & {
    uses: { attemptId: string; questionTitle: string; status: string; selfScore: number | null; mentorScore: number | null; mock: unknown }[];
    comments: { body: string; author: string; byMentor: boolean }[];
  };
};

async function makeStory(client: Client, over: Record<string, unknown> = {}) {
  const res = await client.json<StoryBody>("POST", "/api/stories", body(over));
  expect(res.status).toBe(201);
  return res.body.story;
}

describe("/api/stories", () => {
  it("creates, lists and edits with the version seen: 409 on a stale version, 404 for another user", async () => {
    const { client } = await newUser("story-edit");
    const s = await makeStory(client, { competencies: ["pressure", "failure"], suitsFor: "Fintech, big tech,fintech" });
    expect(s).toMatchObject({ version: 1, competencies: ["failure", "pressure"], suitsFor: ["Fintech", "big tech"], useCount: 0 });

    const put = (b: unknown, c = client) => c.json<StoryBody>("PUT", `/api/stories/${s.id}`, b);
    const edited = await put(body({ title: "Drift, 24-hour fix", version: 1 }));
    expect(edited.status).toBe(200);
    expect(edited.body.story).toMatchObject({ title: "Drift, 24-hour fix", version: 2 });

    const stale = await put(body({ title: "From an old tab", version: 1 }));
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: "stale_version" } });
    const noNumber = await put(body({ result: "Everyone was relieved.", version: 2 }));
    expect(noNumber.status).toBe(400);
    expect(noNumber.body).toMatchObject({ error: { code: "invalid_input", fields: { result: expect.stringContaining("number") } } });
    expect((await client.get<Detail>(`/api/stories/${s.id}`)).body.story).toMatchObject({ title: "Drift, 24-hour fix", version: 2 });

    const { client: other } = await newUser("story-other");
    expect((await other.get(`/api/stories/${s.id}`)).status).toBe(404);
    expect((await put(body({ version: 2 }), other)).status).toBe(404);
    expect((await other.json("DELETE", `/api/stories/${s.id}`)).status).toBe(404);
    expect((await other.get<{ stories: unknown[] }>("/api/stories")).body.stories).toEqual([]);

    expect((await client.json("DELETE", `/api/stories/${s.id}`)).status).toBe(200);
    expect((await client.get(`/api/stories/${s.id}`)).status).toBe(404);
    expect((await put(body({ version: 2 }))).status).toBe(404);
  });

  it("records a story used in a behavioural answer and lists it with the answer's self and mentor scores", async () => {
    const candidate = await newUser("story-use");
    const c = candidate.client;
    const s = await makeStory(c);
    const q = await questionOfType(c, "behavioural");
    const a = await startAttempt(c, q.id);
    expect(a.format).toBe("STAR");

    const use = await c.json<{ use: { attemptId: string } }>("POST", `/api/stories/${s.id}/uses`, { attemptId: a.id });
    expect(use.status).toBe(200);
    // Using it again in the same answer keeps one record.
    expect((await c.json("POST", `/api/stories/${s.id}/uses`, { attemptId: a.id })).status).toBe(200);
    let detail = (await c.get<Detail>(`/api/stories/${s.id}`)).body.story;
    expect(detail.useCount).toBe(1);
    expect(detail.uses).toEqual([
      expect.objectContaining({ attemptId: a.id, questionTitle: q.title, status: "in-progress", selfScore: null, mentorScore: null, mock: null }),
    ]);

    expect((await c.json("POST", `/api/practice/attempts/${a.id}/submit`, { answer: answerFor("STAR", "Used 1 story."), version: a.version })).status).toBe(200);
    const scores = { technicalAccuracy: 8, communicationClarity: 7, problemSolving: 6, practicalConsiderations: 6 };
    expect((await c.json("PUT", `/api/practice/attempts/${a.id}/score`, { scores, keyPointsCovered: [] })).status).toBe(200);
    const mentor = await mentorOf(c, ALL_SCOPES, "story-use-mentor");
    expect((await mentor.client.json("PUT", `/api/mentoring/mentees/${candidate.id}/attempts/${a.id}/review`, review(5, 6, 7, 6))).status).toBe(200);
    detail = (await c.get<Detail>(`/api/stories/${s.id}`)).body.story;
    expect(detail.uses[0]).toMatchObject({ status: "scored", selfScore: 6.75, mentorScore: 6 });

    // A submitted answer takes no more stories; a non-behavioural answer none at all; others' answers are not found.
    const s2 = await makeStory(c, { title: "Second" });
    expect((await c.json("POST", `/api/stories/${s2.id}/uses`, { attemptId: a.id })).body).toMatchObject({ error: { code: "attempt_submitted" } });
    const tech = await startAttempt(c, (await questionOfType(c, "technical")).id);
    const wrong = await c.json("POST", `/api/stories/${s2.id}/uses`, { attemptId: tech.id });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { code: "invalid_input", fields: { attemptId: expect.stringContaining("behavioural") } } });
    const other = await newUser("story-use-other");
    const theirs = await startAttempt(other.client, (await questionOfType(other.client, "behavioural")).id);
    expect((await c.json("POST", `/api/stories/${s2.id}/uses`, { attemptId: theirs.id })).status).toBe(404);
    expect((await other.client.json("POST", `/api/stories/${s2.id}/uses`, { attemptId: theirs.id })).status).toBe(404);
    expect(await countRows("StoryUse", `"storyId" = $1`, [s2.id])).toBe(0);
  });

  it("mentors read stories and comment with the attempts scope only; others, and after revoke, get 404", async () => {
    const candidate = await newUser("story-mentee");
    const c = candidate.client;
    const s = await makeStory(c, { title: "Pipeline conflict" });
    const withScope = await mentorOf(c, { ...NO_SCOPES, attempts: true }, "story-mentor");
    const without = await mentorOf(c, { ...ALL_SCOPES, attempts: false }, "story-mentor-no");
    const stranger = await newUser("story-stranger");
    const base = `/api/mentoring/mentees/${candidate.id}/stories`;

    const list = await withScope.client.get<{ stories: { id: string }[]; candidateName: string }>(base);
    expect(list.status).toBe(200);
    expect(list.body.stories.map((x) => x.id)).toEqual([s.id]);
    const comment = await withScope.client.json("POST", `${base}/${s.id}/comments`, { body: "Which number will they remember?" });
    expect(comment.status).toBe(201);
    expect((await withScope.client.get<{ comments: { body: string }[] }>(`${base}/${s.id}`)).body.comments.map((x) => x.body)).toEqual([
      "Which number will they remember?",
    ]);
    const seen = (await c.get<Detail>(`/api/stories/${s.id}`)).body.story.comments;
    expect(seen).toEqual([expect.objectContaining({ body: "Which number will they remember?", byMentor: true })]);
    expect(await countRows("MentorAccessLog", `"candidateId" = $1 AND "itemKind" IN ('stories', 'story')`, [candidate.id])).toBe(2);

    for (const who of [without.client, stranger.client]) {
      expect((await who.get(base)).status).toBe(404);
      expect((await who.get(`${base}/${s.id}`)).status).toBe(404);
      expect((await who.json("POST", `${base}/${s.id}/comments`, { body: "Hi" })).status).toBe(404);
    }
    expect((await withScope.client.get(`${base}/not-a-story`)).status).toBe(404);

    expect((await c.json("PATCH", `/api/mentorships/${withScope.mentorshipId}`, { attempts: false })).status).toBe(200);
    expect((await withScope.client.get(base)).status).toBe(404);
    expect((await c.json("DELETE", `/api/mentorships/${withScope.mentorshipId}`)).status).toBe(200);
    expect((await withScope.client.json("POST", `${base}/${s.id}/comments`, { body: "Still here?" })).status).toBe(404);
    expect(await countRows("StoryComment", `"storyId" = $1`, [s.id])).toBe(1);
  });

  it("exports stories with their uses and comments, and deleting the account deletes them", async () => {
    const candidate = await newUser("story-export");
    const s = await makeStory(candidate.client, { title: "Exported story" });
    const data = (await (await candidate.client.raw("/api/account/export")).json()) as { stories: { id: string; title: string; uses: unknown[]; comments: unknown[] }[] };
    expect(data.stories).toEqual([expect.objectContaining({ id: s.id, title: "Exported story", uses: [], comments: [] })]);
    expect((await candidate.client.json("DELETE", "/api/account", { password: candidate.password })).status).toBe(200);
    expect(await countRows("Story", `"userId" = $1`, [candidate.id])).toBe(0);
  });
});
