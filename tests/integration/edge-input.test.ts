// The request edge: odd input answers 400/405/413 in the one JSON error shape (never a
// 500 or an empty/plain-text body) and loses nothing already saved; bodies are counted
// while they stream in; CSRF and caching rules. See docs/decisions/0013-request-edge-and-csp.md.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEXT_PROBLEMS } from "@/lib/server/input-text";
import { BASE_URL, Client, newUser, PASSWORD, uniqueEmail } from "../support/client";
import { closeTestDb, countRows, testDb } from "../support/db";

afterAll(closeTestDb);

const errorShape = (code: string) => ({ error: expect.objectContaining({ code, message: expect.any(String) }) });

let owner: Awaited<ReturnType<typeof newUser>>;
let saved: { id: string; note: string };
const entries = () => countRows("LearningEntry", `"userId" = $1`, [owner.id]);
async function savedNote() {
  const { rows } = await testDb().query<{ note: string }>(`SELECT note FROM "LearningEntry" WHERE id = $1`, [saved.id]);
  return rows[0]?.note;
}

beforeAll(async () => {
  owner = await newUser("edge");
  const res = await owner.client.json<{ entry: { id: string; note: string } }>("POST", "/api/learning", {
    date: "2026-12-05",
    category: "SOFT_SKILLS",
    hours: 0.5,
    note: "kept",
  });
  expect(res.status).toBe(201);
  saved = res.body.entry;
});

describe("text that cannot be stored", () => {
  it.each([
    ["a NUL character", "a\u0000b", TEXT_PROBLEMS.nul],
    ["a lone high surrogate", "\ud800x", TEXT_PROBLEMS.surrogate],
    ["a lone low surrogate", "x\udfff", TEXT_PROBLEMS.surrogate],
  ])("refuses %s in a body field with 400 naming the field, writing nothing", async (_, note, message) => {
    const before = await entries();
    const res = await owner.client.json("POST", "/api/learning", {
      date: "2026-12-06",
      category: "SOFT_SKILLS",
      hours: 0.25,
      note,
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: { code: "invalid_input", message: expect.any(String), fields: { note: message } },
    });
    expect(await entries()).toBe(before);
    expect(await savedNote()).toBe("kept");
  });

  it("refuses a NUL in an update (profile) and keeps the saved profile", async () => {
    const before = await owner.client.get<{ profile: Record<string, unknown> }>("/api/profile");
    const { profile } = before.body;
    const res = await owner.client.json("PUT", "/api/profile", {
      version: profile.version,
      displayName: "Renamed\u0000",
      targetRole: "ML engineer\ud800",
      targetLevel: profile.targetLevel,
      region: profile.region,
      yearsExperience: profile.yearsExperience,
      nextInterviewOn: profile.nextInterviewOn,
      timeZone: profile.timeZone,
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: "invalid_input", fields: { displayName: TEXT_PROBLEMS.nul, targetRole: TEXT_PROBLEMS.surrogate } },
    });
    expect((await owner.client.get("/api/profile")).body).toEqual(before.body);
  });

  it("refuses a NUL in a path id (%00) and in a query value", async () => {
    const path = await owner.client.get("/api/offers/%00");
    expect(path.status).toBe(400);
    expect(path.body).toMatchObject({ error: { code: "invalid_input", fields: { id: TEXT_PROBLEMS.nul } } });
    const query = await owner.client.get("/api/learning?months=%00");
    expect(query.status).toBe(400);
    expect(query.body).toMatchObject({ error: { code: "invalid_input", fields: { months: TEXT_PROBLEMS.nul } } });
    const del = await owner.client.json("DELETE", "/api/learning/%00");
    expect(del.status).toBe(400);
    expect(await entries()).toBe(1);
  });

  it("refuses a body that is not valid UTF-8 with 400", async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"date":"2026-12-06","category":"SOFT_SKILLS","hours":0.25,"note":"'),
      Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80]), // a broken sequence, then an encoded surrogate
      Buffer.from('"}'),
    ]);
    const res = await owner.client.raw("/api/learning", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: bytes,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(errorShape("invalid_encoding"));
    expect(await entries()).toBe(1);
  });
});

describe("addresses Next cannot decode", () => {
  it.each(["/api/offers/%ff%fe", "/api/offers/%ED%A0%80", "/api/no-such/%E0%A4%A", "/api/learning/%"])(
    "answers %s with a JSON 400, signed in or not",
    async (path) => {
      for (const client of [new Client(), owner.client]) {
        const res = await client.raw(path);
        expect(res.status).toBe(400);
        expect(res.headers.get("content-type")).toMatch(/^application\/json/);
        expect(await res.json()).toEqual(errorShape("invalid_address"));
      }
    },
  );

  it("answers a small-bodied mutation of such an address with the JSON 400 too, deleting nothing", async () => {
    const res = await owner.client.raw("/api/learning/%ff", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ note: "x" }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(errorShape("invalid_address"));
    const del = await owner.client.raw("/api/learning/%ff", { method: "DELETE" });
    expect(del.status).toBe(400);
    expect(await entries()).toBe(1);
  });
});

describe("methods a route does not implement", () => {
  it.each([
    ["PATCH", "/api/offers"],
    ["DELETE", "/api/profile"],
    ["PUT", "/api/health"],
    ["POST", "/api/learning/some-id"],
  ])("%s %s answers 405 in the JSON error shape", async (method, path) => {
    for (const client of [new Client(), owner.client]) {
      const res = await client.json(method, path);
      expect(res.status).toBe(405);
      expect(res.body).toEqual({
        error: { code: "method_not_allowed", message: `${method} is not allowed at this address.` },
      });
    }
    expect(await entries()).toBe(1);
  });
});

/**
 * Streams a chunked body of up to `total` bytes (no Content-Length) and resolves with the
 * response and how much had been sent when it arrived. Stops sending once it has.
 */
function chunkedUpload(path: string, total: number, headers: Record<string, string> = {}) {
  const url = new URL(path, BASE_URL);
  return new Promise<{ status: number; body: string; sentWhenAnswered: number; total: number }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(url, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE_URL, ...headers },
    });
    req.on("response", (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, sentWhenAnswered, total });
      });
    });
    req.on("error", (e) => {
      if (!answered) reject(e);
    });
    const chunk = Buffer.alloc(256 * 1024, "a");
    const pump = () => {
      if (sent === 0) {
        req.write('{"displayName":"');
      }
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end('"}');
    };
    pump();
  });
}

describe("request bodies are counted while they stream in", () => {
  const MB = 1024 * 1024;

  it("stops a 300 MB chunked sign-up body at the limit (413 before the upload ends)", async () => {
    const before = await countRows("User", "true", []);
    const res = await chunkedUpload("/api/accounts", 300 * MB);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual(errorShape("payload_too_large"));
    expect(res.sentWhenAnswered).toBeLessThan(res.total);
    expect(await countRows("User", "true", [])).toBe(before);
  });

  it("stops a 300 MB chunked body to a signed-in route the same way, saving nothing", async () => {
    const res = await chunkedUpload("/api/learning", 300 * MB, { cookie: owner.client.cookieHeader() });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual(errorShape("payload_too_large"));
    expect(res.sentWhenAnswered).toBeLessThan(res.total);
    expect(await entries()).toBe(1);
  });

  it("still accepts a small chunked body", async () => {
    const email = uniqueEmail("chunked");
    const body = JSON.stringify({ email, password: PASSWORD, displayName: "Chunk" });
    const res = await new Client().raw("/api/accounts", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Blob([body]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(201);
  });
});

describe("CSRF", () => {
  it("does not trust X-Forwarded-Host without PREPLOOP_TRUST_PROXY", async () => {
    const before = await entries();
    const res = await owner.client.raw("/api/learning", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "https://evil.example",
        "x-forwarded-host": "evil.example",
      },
      body: JSON.stringify({ date: "2026-12-07", category: "SOFT_SKILLS", hours: 1 }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(errorShape("cross_site"));
    expect(await entries()).toBe(before);
  });
});

describe("caching", () => {
  it("marks every answer to a signed-in person no-store, errors included", async () => {
    for (const path of ["/api/offers", "/api/profile", "/api/learning", "/api/offers/no-such-offer"]) {
      const res = await owner.client.raw(path);
      expect([path, res.headers.get("cache-control")]).toEqual([path, "no-store"]);
    }
  });

  it("marks anonymous API answers no-store too (none opts into caching)", async () => {
    for (const path of ["/api/offers", "/api/health"]) {
      const res = await new Client().raw(path);
      expect([path, res.headers.get("cache-control")]).toEqual([path, "no-store"]);
    }
  });
});
