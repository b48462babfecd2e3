// A killed and restarted app server keeps every answer of a mock and its clock.
import { describe, expect, it } from "vitest";
import { freePort, startAppServer } from "../../scripts/lib/app-server.mjs";
import { Client, uniqueEmail } from "../support/client";
import { type MockBody, createMock } from "../support/mocks";

type Server = { baseUrl: string; stop: (signal?: string) => Promise<void> };

const answerFor = (format: string, text: string) =>
  format === "STAR" ? { situation: text, task: text, action: text, result: text } : format === "CODE" ? { code: text } : { text };

describe("a mock across a server crash", () => {
  it("keeps every answer, the position and the clock after SIGKILL and restart mid-block", async () => {
    const port = await freePort();
    let server = (await startAppServer({ port, env: {} })) as Server;
    const client = new Client(server.baseUrl);
    await client.signUp(uniqueEmail("mock-crash"));
    const mock = await createMock(client, { templateId: "full" });
    const base = `/api/mocks/${mock.id}`;
    const answers: Record<number, unknown> = {};
    for (const slot of [0, 2, 4]) {
      const q = mock.questions[slot]!;
      let version = q.version;
      for (const stage of ["draft", "final"]) {
        const answer = answerFor(q.format, `Answer ${slot} (${stage})`);
        const res = await client.json<{ version: number }>("PUT", `${base}/answers/${slot}`, { answer, version });
        expect(res.status).toBe(200);
        version = res.body.version;
        answers[slot] = answer;
      }
    }
    await client.json("POST", `${base}/move`, { slot: 2 });
    // Paused, the clock must come back exactly as it was.
    const before = (await client.json<MockBody>("POST", `${base}/pause`, { reason: "user" })).body.mock;
    await server.stop("SIGKILL");
    server = (await startAppServer({ port, env: {} })) as Server;
    try {
      const after = (await client.get<MockBody>(base)).body.mock;
      expect(after.position).toEqual({ stage: 0, question: 2, slot: 2 });
      expect(after.clock).toMatchObject({
        running: false,
        pausedBy: "user",
        stageRemainingMs: before.clock.stageRemainingMs,
        sessionRemainingMs: before.clock.sessionRemainingMs,
        questionElapsedMs: before.clock.questionElapsedMs,
      });
      for (const slot of [0, 2, 4]) {
        const q = after.questions.find((x) => x.slot === slot)!;
        expect(q.answer).toEqual(answers[slot]);
        expect(q.version).toBe(3);
      }
      // And it runs on from there.
      const resumed = (await client.json<MockBody>("POST", `${base}/resume`, {})).body.mock;
      expect(resumed.clock.running).toBe(true);
      expect(resumed.clock.stageRemainingMs).toBeLessThanOrEqual(before.clock.stageRemainingMs);
      expect(resumed.clock.stageRemainingMs).toBeGreaterThan(before.clock.stageRemainingMs - 2000);
    } finally {
      await server.stop();
    }
  });
});
