// Helpers for mock interview integration tests.
import { type Client } from "./client";

export type MockBody = {
  mock: {
    id: string;
    status: "in-progress" | "finished";
    difficulty: string;
    seriesNumber: number | null;
    finishedAt: string | null;
    msPerMinute: number;
    position: { stage: number; question: number; slot: number | null };
    clock: {
      finished: boolean;
      running: boolean;
      stage: number;
      stageRemainingMs: number;
      sessionRemainingMs: number;
      questionElapsedMs: number;
      pausedBy: string | null;
      serverNow: string;
    };
    stages: { kind: string; allocatedMs: number; usedMs: number }[];
    questions: { slot: number; attemptId: string; questionId: string; format: string; answer: Record<string, string>; version: number }[];
    questionCount: number;
    relaxations: { block: string; rule: string; reused: number; message: string }[];
  };
};

export async function createMock(client: Client, body: Record<string, unknown>) {
  const res = await client.json<MockBody>("POST", "/api/mocks", body);
  if (res.status !== 201) throw new Error(`create mock failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.mock;
}

export const scoresOf = (a: number, b: number, c: number, d: number) => ({
  scores: { technicalAccuracy: a, communicationClarity: b, problemSolving: c, practicalConsiderations: d },
});

/** Polls the state until `done` holds (bounded), for clocks scaled to run fast. */
export async function waitForState(client: Client, id: string, done: (m: MockBody["mock"]) => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await client.get<MockBody>(`/api/mocks/${id}`);
    if (res.status === 200 && done(res.body.mock)) return res.body.mock;
    if (Date.now() > deadline) throw new Error(`mock state not reached: ${JSON.stringify(res.body).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
