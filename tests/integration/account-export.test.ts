import { afterAll, describe, expect, it } from "vitest";
import { Client, newUser } from "../support/client";
import { closeTestDb, countRows } from "../support/db";
import { validOffer } from "../support/offers";
import { questionOfType, startAttempt } from "../support/practice";

afterAll(closeTestDb);

type ListBody = { items: { id: string }[] };

describe("/api/account/export across domains", () => {
  it("includes the user's personal questions, notes, offers and matrix, and nothing of others", async () => {
    const { client } = await newUser("export-all");
    const other = await newUser("export-all-other");
    await other.client.json("POST", "/api/offers", validOffer({ company: "Not Mine Inc" }));

    const created = await client.json<{ question: { id: string } }>("POST", "/api/questions", {
      title: "My own export question",
      prompt: "A question written only for the export test.",
      type: "technical",
      focusArea: "ml-algorithms",
      difficulty: "easy",
      allocatedMinutes: 3,
      expectedMinutes: 3,
    });
    expect(created.status).toBe(201);
    const bankId = (await client.get<ListBody>("/api/questions?q=ensemble")).body.items[0]!.id;
    await client.json("PUT", `/api/questions/${bankId}/note`, { note: "export me", version: 0 });
    const offer = await client.json("POST", "/api/offers", validOffer({ company: "Mine Ltd" }));
    expect(offer.status).toBe(201);
    const attempt = await startAttempt(client, (await questionOfType(client, "technical")).id);
    await client.json("PUT", `/api/practice/attempts/${attempt.id}`, { answer: { text: "my exported answer" }, version: 1 });

    const res = await client.raw("/api/account/export");
    expect(res.status).toBe(200);
    const data = (await res.json()) as {
      questions: { personalQuestions: { title: string }[]; questionStates: { note: string | null; questionTitle: string }[] };
      offers: { offers: { company: string }[]; matrix: { criteria: { name: string }[] } };
      practice: { attempts: { answer: { text: string } }[] };
    };
    expect(data.practice.attempts.map((a) => a.answer)).toEqual([{ text: "my exported answer" }]);
    expect(data.questions.personalQuestions.map((q) => q.title)).toEqual(["My own export question"]);
    expect(data.questions.questionStates).toEqual([
      expect.objectContaining({ note: "export me", questionTitle: "Advanced ensemble methods" }),
    ]);
    expect(data.offers.offers.map((o) => o.company)).toEqual(["Mine Ltd"]);
    expect(data.offers.matrix.criteria.map((c) => c.name)).toContain("Total compensation");
    expect(JSON.stringify(data)).not.toContain("Not Mine Inc");
  });
});

describe("DELETE /api/account", () => {
  it("needs the password, then deletes the account with everything in it and ends its sessions", async () => {
    const { client, id, password } = await newUser("delete-me");
    await client.json("POST", "/api/offers", validOffer({ company: "Gone Co" }));
    await client.json("POST", "/api/questions", {
      title: "Soon deleted",
      prompt: "This personal question goes with the account.",
      type: "technical",
      focusArea: "ml-algorithms",
      difficulty: "easy",
      allocatedMinutes: 3,
      expectedMinutes: 3,
    });
    const wrong = await client.json("DELETE", "/api/account", { password: "not my password at all" });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { fields: { password: "That is not your password." } } });
    expect(await countRows("User", "id = $1", [id])).toBe(1);

    const ok = await client.json("DELETE", "/api/account", { password });
    expect(ok.status).toBe(200);
    expect(await countRows("User", "id = $1", [id])).toBe(0);
    expect(await countRows("Offer", `"userId" = $1`, [id])).toBe(0);
    expect(await countRows("Question", `"ownerId" = $1`, [id])).toBe(0);
    expect((await client.get("/api/profile")).status).toBe(401);
  });

  it("signs out every session when asked", async () => {
    const { client, email, password } = await newUser("everywhere");
    const second = new Client();
    expect((await second.signIn(email, password)).ok).toBe(true);
    expect((await client.json("DELETE", "/api/account/sessions")).status).toBe(200);
    expect((await client.get("/api/profile")).status).toBe(401);
    expect((await second.get("/api/profile")).status).toBe(401);
    const again = new Client();
    expect((await again.signIn(email, password)).ok).toBe(true);
    expect((await again.get("/api/profile")).status).toBe(200);
  });
});
