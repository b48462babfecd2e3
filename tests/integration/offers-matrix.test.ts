import { afterAll, describe, expect, it } from "vitest";
import { type Client, invalidInput, newUser } from "../support/client";
import { closeTestDb, countRows } from "../support/db";
import { validOffer } from "../support/offers";

afterAll(closeTestDb);

type Criteria = { version: number; criteria: { id: string; name: string; weight: number; kind: string }[] };
type Matrix = {
  matrix: {
    version: number;
    rows: { offerId: string; weightedTotal: string; rank: number; cells: Record<string, { score: number | null; source: string }> }[];
    winnerId: string | null;
    sensitivity: { kind: string; best?: { criterionName: string; from: number; to: number; newWinnerId: string } };
  };
};

async function offerId(client: Client, company: string, baseSalary = 20_000_000) {
  const res = await client.json<{ offer: { id: string } }>("POST", "/api/offers", validOffer({ company, baseSalary }));
  return res.body.offer.id;
}

describe("criteria, scores and the matrix", () => {
  it("starts with the guide's default weights", async () => {
    const { client } = await newUser("matrix-defaults");
    const res = await client.get<Criteria>("/api/offers/criteria");
    expect(res.body.version).toBe(1);
    expect(res.body.criteria.map((c) => [c.name, c.weight, c.kind])).toEqual([
      ["Total compensation", 30, "COMPENSATION"],
      ["Role responsibilities", 25, "GENERAL"],
      ["Growth opportunities", 20, "GENERAL"],
      ["Company culture", 15, "GENERAL"],
      ["Location and remote flexibility", 10, "GENERAL"],
    ]);
  });

  it("refuses weights that do not total 100 and changes nothing", async () => {
    const { client } = await newUser("matrix-weights");
    const before = (await client.get<Criteria>("/api/offers/criteria")).body;
    const criteria = before.criteria.map((c, i) => ({ id: c.id, name: c.name, weight: i === 0 ? 25 : c.weight }));
    const res = await client.json("PUT", "/api/offers/criteria", { version: 1, criteria });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(invalidInput({ criteria: "Weights must total 100; they total 95." }));
    const negative = await client.json("PUT", "/api/offers/criteria", {
      version: 1,
      criteria: [...criteria.slice(1), { name: "Visa support", weight: -5 }],
    });
    expect(negative.status).toBe(400);
    expect(negative.body).toMatchObject({ error: { fields: { "criteria.4.weight": "A weight cannot be negative." } } });
    expect((await client.get<Criteria>("/api/offers/criteria")).body).toEqual(before);
  });

  it("adds and removes criteria, keeping the scores of those kept", async () => {
    const { client } = await newUser("matrix-custom");
    const a = await offerId(client, "Alpha");
    const before = (await client.get<Criteria>("/api/offers/criteria")).body;
    await client.json("PUT", `/api/offers/${a}/scores`, { scores: [{ criterionId: before.criteria[1]!.id, score: 7 }] });
    const next = [
      ...before.criteria.slice(0, 4).map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
      { name: "Mentorship quality", weight: 10 },
    ];
    const res = await client.json<Criteria>("PUT", "/api/offers/criteria", { version: 1, criteria: next });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.criteria.map((c) => [c.name, c.weight])).toEqual([
      ["Total compensation", 30],
      ["Role responsibilities", 25],
      ["Growth opportunities", 20],
      ["Company culture", 15],
      ["Mentorship quality", 10],
    ]);
    const m = (await client.get<Matrix>("/api/offers/matrix")).body.matrix;
    expect(m.rows[0]!.cells[before.criteria[1]!.id]).toEqual({ score: 700, display: "7", source: "manual" });
    const stale = await client.json("PUT", "/api/offers/criteria", { version: 1, criteria: next });
    expect(stale.status).toBe(409);
  });

  it("refuses scores outside 1-10 and keeps the saved ones", async () => {
    const { client } = await newUser("matrix-scores");
    const a = await offerId(client, "Alpha");
    const { criteria } = (await client.get<Criteria>("/api/offers/criteria")).body;
    const role = criteria[1]!.id;
    expect((await client.json("PUT", `/api/offers/${a}/scores`, { scores: [{ criterionId: role, score: 6 }] })).status).toBe(200);
    for (const score of [0, 11, 5.5]) {
      const res = await client.json("PUT", `/api/offers/${a}/scores`, { scores: [{ criterionId: criteria[2]!.id, score: 8 }, { criterionId: role, score }] });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { fields: { "scores.1.score": "Scores are whole numbers from 1 to 10." } } });
    }
    const unknown = await client.json("PUT", `/api/offers/${a}/scores`, { scores: [{ criterionId: "nope", score: 5 }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { fields: { "scores.0.criterionId": "Unknown criterion; reload the page." } } });
    expect(await countRows("OfferScore", `"offerId" = $1`, [a])).toBe(1);
  });

  it("ranks three offers with the default weights, derives compensation scores, and exports CSV", async () => {
    const { client } = await newUser("matrix-rank");
    // Same package except base salary: 4-year totals differ, so compensation is derived.
    const a = await offerId(client, "Alpha", 20_000_000);
    const b = await offerId(client, "Beta", 18_000_000);
    const c = await offerId(client, "Gamma", 16_000_000);
    const { criteria } = (await client.get<Criteria>("/api/offers/criteria")).body;
    const [, role, growth, culture, location] = criteria.map((x) => x.id);
    const score = (id: string, s: [number, number, number, number]) =>
      client.json("PUT", `/api/offers/${id}/scores`, {
        scores: [role!, growth!, culture!, location!].map((criterionId, i) => ({ criterionId, score: s[i] })),
      });
    await score(a, [6, 7, 8, 5]);
    await score(b, [9, 8, 6, 7]);
    await score(c, [7, 9, 9, 10]);
    // 4-year totals: Alpha 1,442,000; Beta = 1,442,000 - 4 × 20,000 × (1 + 0.15 + 0.04) = 1,346,800;
    // Gamma = 1,442,000 - 4 × 40,000 × 1.19 = 1,251,600.
    // Derived comp: Alpha 10; Beta 10 × 1,346,800 / 1,442,000 = 9.3398 → 9.34; Gamma 8.6796 → 8.68.
    // Alpha: 30·10 + 25·6 + 20·7 + 15·8 + 10·5 = 760 → 7.60
    // Beta: 30·9.34 + 25·9 + 20·8 + 15·6 + 10·7 = 280.2 + 545 = 825.2 → 8.25
    // Gamma: 30·8.68 + 25·7 + 20·9 + 15·9 + 10·10 = 260.4 + 590 = 850.4 → 8.50
    const m = (await client.get<Matrix>("/api/offers/matrix")).body.matrix;
    expect(m.rows.map((r) => [r.offerId, r.weightedTotal, r.rank])).toEqual([
      [c, "8.50", 1],
      [b, "8.25", 2],
      [a, "7.60", 3],
    ]);
    expect(m.rows[1]!.cells[criteria[0]!.id]).toMatchObject({ score: 934, source: "derived" });
    expect(m.winnerId).toBe(c);
    expect(m.sensitivity.kind).toBe("flip");

    const csv = await client.raw("/api/offers/matrix/csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "Rank,Company,Role,Currency,4-year total,Annualised,Total compensation (weight 30),Role responsibilities (weight 25),Growth opportunities (weight 20),Company culture (weight 15),Location and remote flexibility (weight 10),Weighted total (0-10),Unscored criteria,Health insurance,Retirement matching,Learning budget,Conference travel,Stock options/ESPP",
    );
    expect(lines[1]).toBe("1,Gamma,Senior ML Engineer,USD,1251600,312900,8.68 (derived),7,9,9,10,8.50,0,No,No,No,No,No");
    expect(lines).toHaveLength(4);

    // Two of the three: the ranking, the derived scores (best of the two gets 10) and the CSV cover only them.
    // Beta 10 (best of Beta and Gamma); Gamma 10 × 1,251,600 / 1,346,800 = 9.293 → 9.29.
    // Beta: 30·10 + 545 = 845 → 8.45; Gamma: 30·9.29 + 590 = 868.7 → 8.69 (half up).
    const two = (await client.get<Matrix & { matrix: { available: { id: string }[] } }>(`/api/offers/matrix?offers=${b},${c}`)).body.matrix;
    expect(two.available.map((o) => o.id).sort()).toEqual([a, b, c].sort());
    expect(two.rows.map((r) => [r.offerId, r.weightedTotal, r.rank])).toEqual([
      [c, "8.69", 1],
      [b, "8.45", 2],
    ]);
    const twoCsv = (await (await client.raw(`/api/offers/matrix/csv?offers=${b},${c}`)).text()).trim().split("\r\n");
    expect(twoCsv).toHaveLength(3);
    // Another user's offer is not shown, even when named.
    const { client: other } = await newUser("matrix-other");
    const mine = await offerId(other, "Delta");
    const stranger = (await other.get<Matrix>(`/api/offers/matrix?offers=${mine},${a}`)).body.matrix;
    expect(stranger.rows.map((r) => r.offerId)).toEqual([mine]);
  });

  it("archived offers stay out of the default matrix, count when chosen, and come back when restored", async () => {
    const { client } = await newUser("matrix-archive");
    const a = await offerId(client, "Alpha");
    const b = await offerId(client, "Beta", 25_000_000);
    const archived = await client.json<{ offer: { id: string; archivedAt: string | null; version: number } }>("PUT", `/api/offers/${b}/archive`, {
      archived: true,
    });
    expect(archived.status).toBe(200);
    expect(archived.body.offer.archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Archiving again keeps the first date; the offer's terms (and version) are unchanged.
    const again = await client.json<{ offer: { archivedAt: string; version: number } }>("PUT", `/api/offers/${b}/archive`, { archived: true });
    expect(again.body.offer.archivedAt).toBe(archived.body.offer.archivedAt);
    expect(again.body.offer.version).toBe(1);

    type WithAvailable = Matrix & { matrix: { available: { id: string; archivedAt: string | null }[] } };
    const byDefault = (await client.get<WithAvailable>("/api/offers/matrix")).body.matrix;
    expect(byDefault.rows.map((r) => r.offerId)).toEqual([a]);
    expect(byDefault.available.map((o) => [o.id, o.archivedAt !== null])).toEqual([
      [a, false],
      [b, true],
    ]);
    const csv = (await (await client.raw("/api/offers/matrix/csv")).text()).trim().split("\r\n");
    expect(csv).toHaveLength(2);
    const chosen = (await client.get<Matrix>(`/api/offers/matrix?offers=${a},${b}`)).body.matrix;
    expect(chosen.rows.map((r) => r.offerId).sort()).toEqual([a, b].sort());

    const restored = await client.json<{ offer: { archivedAt: string | null } }>("PUT", `/api/offers/${b}/archive`, { archived: false });
    expect(restored.body.offer.archivedAt).toBeNull();
    expect((await client.get<Matrix>("/api/offers/matrix")).body.matrix.rows).toHaveLength(2);

    // A copy of an archived offer is active.
    await client.json("PUT", `/api/offers/${b}/archive`, { archived: true });
    const copy = await client.json<{ offer: { archivedAt: string | null } }>("POST", `/api/offers/${b}/duplicate`);
    expect(copy.body.offer.archivedAt).toBeNull();

    const bad = await client.json<{ error: { code: string; fields: Record<string, string> } }>("PUT", `/api/offers/${b}/archive`, { archived: "yes" });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "invalid_input", fields: { archived: "Send archived as true or false." } });
    const { client: other } = await newUser("matrix-archive-other");
    expect((await other.json("PUT", `/api/offers/${a}/archive`, { archived: true })).status).toBe(404);
  });

  it("validates the ?offers= selection with the one error shape", async () => {
    const { client } = await newUser("matrix-selection");
    for (const q of ["", "a1,,b2", "a1;b2", Array.from({ length: 51 }, (_, i) => `o${i}`).join(",")]) {
      const res = await client.get<{ error: { code: string; fields?: Record<string, string> } }>(`/api/offers/matrix?offers=${encodeURIComponent(q)}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("invalid_input");
      expect(Object.keys(res.body.error.fields ?? {})[0]).toMatch(/^offers/);
    }
    expect((await client.raw("/api/offers/matrix/csv?offers=")).status).toBe(400);
  });

  it("the CSV of a user without offers is just the header, and needs a session", async () => {
    const { client } = await newUser("matrix-empty");
    const res = await client.raw("/api/offers/matrix/csv");
    expect((await res.text()).split("\r\n")[0]).toMatch(/^Rank,Company/);
    const anon = await fetch(`${process.env.PREPLOOP_BASE_URL ?? "http://localhost:3000"}/api/offers/matrix/csv`);
    expect(anon.status).toBe(401);
  });
});
