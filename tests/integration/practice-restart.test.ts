// A killed and restarted app server keeps every autosaved answer and the attempt's clock.
import { describe, expect, it } from "vitest";
import { freePort, startAppServer } from "../../scripts/lib/app-server.mjs";
import { Client, uniqueEmail } from "../support/client";
import { type AttemptBody, questionOfType, startAttempt } from "../support/practice";

type Server = { baseUrl: string; stop: (signal?: string) => Promise<void> };

describe("practice across a server crash", () => {
  it("keeps every autosaved answer after SIGKILL and restart", async () => {
    const port = await freePort();
    let server = (await startAppServer({ port, env: {} })) as Server;
    const client = new Client(server.baseUrl);
    await client.signUp(uniqueEmail("practice-crash"));
    const attempts = [
      await startAttempt(client, (await questionOfType(client, "technical")).id),
      await startAttempt(client, (await questionOfType(client, "behavioural")).id),
      await startAttempt(client, (await questionOfType(client, "coding")).id),
    ];
    const answers = [
      { text: "Bias-variance: the last autosave before the crash" },
      { situation: "On-call", task: "Fix drift", action: "Rolled back", result: "Recovered in 20 min" },
      { code: "def kmeans(X, k):\n    return X[:k]\n" },
    ];
    for (let i = 0; i < attempts.length; i++) {
      let version = 1;
      // A few autosaves each, as while typing.
      for (const stage of ["draft", "more"]) {
        const res = await client.json<{ version: number }>("PUT", `/api/practice/attempts/${attempts[i]!.id}`, {
          answer: Object.fromEntries(Object.entries(answers[i]!).map(([k, v]) => [k, `${v} (${stage})`])),
          version,
        });
        expect(res.status).toBe(200);
        version = res.body.version;
      }
      const last = await client.json("PUT", `/api/practice/attempts/${attempts[i]!.id}`, { answer: answers[i], version });
      expect(last.status).toBe(200);
    }
    await server.stop("SIGKILL");
    server = (await startAppServer({ port, env: {} })) as Server;
    try {
      for (let i = 0; i < attempts.length; i++) {
        const res = await client.get<AttemptBody>(`/api/practice/attempts/${attempts[i]!.id}`);
        expect(res.status).toBe(200);
        expect(res.body.attempt).toMatchObject({ answer: answers[i], version: 4, status: "in-progress" });
        expect(res.body.attempt.clock.running).toBe(true);
      }
    } finally {
      await server.stop();
    }
  });
});
