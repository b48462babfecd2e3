// Helpers for practice integration tests.
import { type Client } from "./client";

export type AttemptBody = {
  attempt: {
    id: string;
    questionId: string;
    status: string;
    format: string;
    answer: Record<string, string>;
    version: number;
    allocatedSeconds: number;
    startedAt: string;
    clock: { activeMs: number; running: boolean; pausedBy: string | null };
    submittedAt: string | null;
    timeSpentMs: number | null;
    scores: Record<string, number> | null;
    averageTenths: number | null;
    keyPointsCovered: number[];
    keyPointCount: number;
    bonusPointCount: number;
    rating: number | null;
  };
};

/** The id of the first bank question of a type (e.g. "technical", "behavioural", "coding"). */
export async function questionOfType(client: Client, type: string) {
  const res = await client.get<{ items: { id: string; title: string }[] }>(`/api/questions?type=${type}&source=seed&limit=1&sort=title`);
  const q = res.body.items[0];
  if (!q) throw new Error(`no ${type} question in the bank`);
  return q;
}

export async function startAttempt(client: Client, questionId: string) {
  const res = await client.json<AttemptBody>("POST", "/api/practice/attempts", { questionId });
  if (res.status !== 201 && res.status !== 200) throw new Error(`start failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.attempt;
}

export const goodScores = { technicalAccuracy: 8, communicationClarity: 7, problemSolving: 7, practicalConsiderations: 6 };

/** A non-blank answer in the shape of `format` (blank answers cannot be scored). */
export function answerFor(format: string, text = "An answer."): Record<string, string> {
  if (format === "STAR") return { situation: text, task: text, action: text, result: text };
  if (format === "CODE") return { code: text };
  return { text };
}
