// Helpers for mentoring integration tests.
import { type Client, newUser } from "./client";
import { goodScores, questionOfType, startAttempt } from "./practice";

export const ALL_SCOPES = { attempts: true, mocks: true, progress: true, offers: true, plan: true };
export const NO_SCOPES = { attempts: false, mocks: false, progress: false, offers: false, plan: false };

export type InvitationBody = {
  invitation: { id: string; status: string; expiresAt: string };
  path: string;
  code: string;
};

export async function invite(
  client: Client,
  scopes: Record<string, boolean> = ALL_SCOPES,
  extra: Record<string, unknown> = {},
) {
  const res = await client.json<InvitationBody>("POST", "/api/mentors/invitations", { scopes, ...extra });
  if (res.status !== 201) throw new Error(`invite failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...res.body, token: res.body.path.split("/").pop()! };
}

/** A new mentor (own user) who accepted `candidate`'s invitation with these scopes. */
export async function mentorOf(
  candidate: Client,
  scopes: Record<string, boolean> = ALL_SCOPES,
  tag = "mentor",
) {
  const mentor = await newUser(tag);
  const inv = await invite(candidate, scopes);
  const res = await mentor.client.json<{ mentorship: { id: string } }>("POST", "/api/invitations/accept", {
    token: inv.token,
  });
  if (res.status !== 200) throw new Error(`accept failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...mentor, mentorshipId: res.body.mentorship.id };
}

/** A submitted and self-scored practice attempt of a technical question. */
export async function scoredAttempt(
  client: Client,
  scores: Record<string, number> = goodScores,
  type = "technical",
) {
  const q = await questionOfType(client, type);
  const a = await startAttempt(client, q.id);
  const text = "An answer worth reviewing.";
  const answer =
    a.format === "STAR"
      ? { situation: text, task: text, action: text, result: text }
      : a.format === "CODE"
        ? { code: text }
        : { text };
  const sub = await client.json("POST", `/api/practice/attempts/${a.id}/submit`, {
    answer,
    version: a.version,
  });
  if (sub.status !== 200) throw new Error(`submit failed: ${sub.status} ${JSON.stringify(sub.body)}`);
  const sc = await client.json("PUT", `/api/practice/attempts/${a.id}/score`, {
    scores,
    keyPointsCovered: [],
  });
  if (sc.status !== 200) throw new Error(`score failed: ${sc.status} ${JSON.stringify(sc.body)}`);
  return { id: a.id, questionId: q.id, title: q.title };
}

export const review = (a: number, b: number, c: number, d: number, summary = "") => ({
  scores: { technicalAccuracy: a, communicationClarity: b, problemSolving: c, practicalConsiderations: d },
  summary,
});
