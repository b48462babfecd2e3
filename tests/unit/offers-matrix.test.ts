import { describe, expect, it } from "vitest";
import { computeMatrix, type Criterion, derivedCompScores, formatWeighted, type MatrixOffer } from "@/lib/offers/matrix";
import { defaultSelection, matrixQuerySchema, selectOffers, selectionQuery } from "@/lib/offers/matrix-selection";

const criteria: Criterion[] = [
  { id: "comp", name: "Total compensation", weight: 30, kind: "COMPENSATION" },
  { id: "role", name: "Role responsibilities", weight: 25, kind: "GENERAL" },
  { id: "growth", name: "Growth opportunities", weight: 20, kind: "GENERAL" },
  { id: "culture", name: "Company culture", weight: 15, kind: "GENERAL" },
  { id: "location", name: "Location and remote flexibility", weight: 10, kind: "GENERAL" },
];

const offer = (id: string, s: [number, number, number, number, number]): MatrixOffer => ({
  id,
  label: id,
  currency: "USD",
  fourYearTotal: 0n,
  scores: { comp: s[0], role: s[1], growth: s[2], culture: s[3], location: s[4] },
});

// Scores (comp, role, growth, culture, location) with the default weights 30/25/20/15/10:
//   A: 10, 6, 7, 8, 5  → 300 + 150 + 140 + 120 +  50 = 760 → 7.60
//   B:  8, 9, 8, 6, 7  → 240 + 225 + 160 +  90 +  70 = 785 → 7.85
//   C:  6, 7, 9, 9, 10 → 180 + 175 + 180 + 135 + 100 = 770 → 7.70
// (weighted totals are carried as Σ weight × score×100: 76,000, 78,500, 77,000)
const three = [offer("A", [10, 6, 7, 8, 5]), offer("B", [8, 9, 8, 6, 7]), offer("C", [6, 7, 9, 9, 10])];

describe("weighted comparison matrix", () => {
  it("weighted totals and ranking for three offers with the default weights", () => {
    const m = computeMatrix(criteria, three);
    expect(m.ranking.map((r) => [r.offerId, r.weighted, formatWeighted(r.weighted), r.rank])).toEqual([
      ["B", 78_500, "7.85", 1],
      ["C", 77_000, "7.70", 2],
      ["A", 76_000, "7.60", 3],
    ]);
    expect(m.winnerId).toBe("B");
  });

  it("sensitivity: the smallest change to one weight that changes the winner", () => {
    // Moving criterion k from w to w + e, the others scaled to keep 100 (O = 100 - w):
    //   O·T_i(e) = O·T_i + e·g_i with g_i = O·s_ik - (T_i - w·s_ik).
    // comp (O=70):  g_A = 70·1000 - 46,000 = 24,000; g_B = 56,000 - 54,500 = 1,500;
    //               g_C = 42,000 - 59,000 = -17,000.
    //   C over B needs e·(-18,500) > 70·1,500 → e < -5.68 → e = -6 (30 → 24); A over B needs
    //   e > 70·2,500/22,500 = 7.78 → 8. Smallest: -6, C wins.
    // role (O=75): g_A = -16,000, g_B = 11,500, g_C = -7,000.
    //   A: e < -187,500/27,500 = -6.82 → -7; C: e < -112,500/18,500 = -6.08 → -7. At e = -7:
    //   A 5,812,000, B 5,807,000, C 5,824,000 → C leads.
    // growth (O=80): g_A = -6,000, g_B = 1,500, g_C = 13,000.
    //   C: e > 120,000/11,500 = 10.43 → 11 (20 → 31); A would need -27 (below 0).
    // culture (O=85): g_A = 4,000, g_B = -18,500, g_C = 13,000.
    //   C: e > 127,500/31,500 = 4.05 → 5 (15 → 20); A: e > 212,500/22,500 = 9.44 → 10.
    // location (O=90): g_A = -26,000, g_B = -8,500, g_C = 23,000.
    //   C: e > 135,000/31,500 = 4.29 → 5 (10 → 15); A would need -13 (below 0).
    // Smallest |e| = 5, tied between culture and location: the first listed (culture) is reported.
    // Check culture +5: B 85·78,500 - 5·18,500 = 6,580,000 < C 6,545,000 + 65,000 = 6,610,000;
    // at +4 B keeps it: 6,598,500 > 6,597,000.
    const m = computeMatrix(criteria, three);
    expect(m.sensitivity).toEqual({
      kind: "flip",
      best: { criterionId: "culture", criterionName: "Company culture", from: 15, to: 20, change: 5, newWinnerId: "C" },
      perCriterion: [
        { criterionId: "comp", criterionName: "Total compensation", from: 30, to: 24, change: -6, newWinnerId: "C" },
        { criterionId: "role", criterionName: "Role responsibilities", from: 25, to: 18, change: -7, newWinnerId: "C" },
        { criterionId: "growth", criterionName: "Growth opportunities", from: 20, to: 31, change: 11, newWinnerId: "C" },
        { criterionId: "culture", criterionName: "Company culture", from: 15, to: 20, change: 5, newWinnerId: "C" },
        { criterionId: "location", criterionName: "Location and remote flexibility", from: 10, to: 15, change: 5, newWinnerId: "C" },
      ],
    });
  });

  it("re-ranking with the suggested weights really changes the winner", () => {
    // Culture 20 and the others scaled by 80/85: C's exact total beats B's.
    // B: (30·800 + 25·900 + 20·800 + 10·700)·80/85 + 20·600 = 69,500·80/85 + 12,000 = 77,411.8
    // C: (30·600 + 25·700 + 20·900 + 10·1000)·80/85 + 20·900 = 63,500·80/85 + 18,000 = 77,764.7
    expect(69_500 * 80 + 12_000 * 85).toBeLessThan(63_500 * 80 + 18_000 * 85);
  });

  it("ties share a rank and have no single winner", () => {
    const m = computeMatrix(criteria, [offer("A", [5, 5, 5, 5, 5]), offer("B", [5, 5, 5, 5, 5]), offer("C", [1, 1, 1, 1, 1])]);
    expect(m.ranking.map((r) => r.rank)).toEqual([1, 1, 3]);
    expect(m.winnerId).toBeNull();
    expect(m.sensitivity).toEqual({ kind: "none", reason: "tie" });
  });

  it("a winner no single weight can unseat is reported as robust", () => {
    const m = computeMatrix(criteria, [offer("A", [9, 9, 9, 9, 9]), offer("B", [5, 5, 5, 5, 5])]);
    expect(m.sensitivity).toEqual({ kind: "none", reason: "robust" });
  });

  it("missing scores count as zero and are reported", () => {
    const m = computeMatrix(criteria, [{ ...offer("A", [5, 5, 5, 5, 5]), scores: { role: 10 } }]);
    // only role scored: 25 × 1000 = 25,000 → 2.50
    expect(m.rows[0]).toMatchObject({ weighted: 25_000, missing: 4 });
    expect(m.sensitivity).toEqual({ kind: "none", reason: "fewer_than_two" });
  });
});

describe("derived compensation score", () => {
  it("best = 10, others in proportion, in hundredths rounded half up", () => {
    // 1,442,000 best → 10; 1,200,000 → 10 × 1,200,000 / 1,442,000 = 8.3218 → 8.32; 721,000 → 5.00
    expect(
      derivedCompScores([
        { id: "a", currency: "USD", fourYearTotal: 144_200_000n },
        { id: "b", currency: "USD", fourYearTotal: 120_000_000n },
        { id: "c", currency: "USD", fourYearTotal: 72_100_000n },
      ]),
    ).toEqual({ a: 1000, b: 832, c: 500 });
  });

  it("is unavailable across currencies (no exchange rates)", () => {
    expect(
      derivedCompScores([
        { id: "a", currency: "USD", fourYearTotal: 1n },
        { id: "b", currency: "EUR", fourYearTotal: 1n },
      ]),
    ).toBeNull();
  });

  it("feeds the compensation criterion unless a score was set by hand", () => {
    const offers: MatrixOffer[] = [
      { id: "a", label: "a", currency: "USD", fourYearTotal: 200n, scores: { role: 5, growth: 5, culture: 5, location: 5 } },
      { id: "b", label: "b", currency: "USD", fourYearTotal: 100n, scores: { comp: 9, role: 5, growth: 5, culture: 5, location: 5 } },
    ];
    const m = computeMatrix(criteria, offers);
    // a: derived 10 → 30·1000 + 70·500 = 65,000; b: hand-set 9 → 30·900 + 35,000 = 62,000
    expect(m.rows.map((r) => [r.cells.comp, r.weighted])).toEqual([
      [{ score100: 1000, source: "derived" }, 65_000],
      [{ score100: 900, source: "manual" }, 62_000],
    ]);
  });
});

describe("choosing the offers to compare", () => {
  const offers = [{ id: "a1" }, { id: "b2" }, { id: "c3" }];

  it("holds every offer without a selection, the named ones in their usual order with one", () => {
    expect(selectOffers(offers, undefined).map((o) => o.id)).toEqual(["a1", "b2", "c3"]);
    expect(selectOffers(offers, ["c3", "a1"]).map((o) => o.id)).toEqual(["a1", "c3"]);
    // An id that is not among the offers (another user's) is left out.
    expect(selectOffers(offers, ["zz9"])).toEqual([]);
  });

  it("leaves archived offers out by default and holds them when chosen", () => {
    const some = [{ id: "a1", archivedAt: null }, { id: "b2", archivedAt: "2026-12-01T10:00:00.000Z" }, { id: "c3" }];
    expect(defaultSelection(some).map((o) => o.id)).toEqual(["a1", "c3"]);
    expect(selectOffers(some, undefined).map((o) => o.id)).toEqual(["a1", "c3"]);
    expect(selectOffers(some, ["b2", "a1"]).map((o) => o.id)).toEqual(["a1", "b2"]);
    // The default is every active offer: no query; choosing the archived one too needs one.
    expect(selectionQuery(["c3", "a1"], some)).toBe("");
    expect(selectionQuery(["a1", "b2", "c3"], some)).toBe("?offers=a1,b2,c3");
    expect(selectionQuery(["a1"], some)).toBe("?offers=a1");
  });

  it("puts a selection in the address only when it is not every offer", () => {
    expect(selectionQuery(["a1", "b2", "c3"], offers)).toBe("");
    expect(selectionQuery(["a1", "c3"], offers)).toBe("?offers=a1,c3");
  });

  it("validates ?offers=: a comma list of 1-50 ids of letters and digits", () => {
    expect(matrixQuerySchema.parse({})).toEqual({});
    expect(matrixQuerySchema.parse({ offers: "a1,c3" })).toEqual({ offers: ["a1", "c3"] });
    expect(matrixQuerySchema.safeParse({ offers: "" }).success).toBe(false);
    expect(matrixQuerySchema.safeParse({ offers: "a1,,c3" }).success).toBe(false);
    expect(matrixQuerySchema.safeParse({ offers: "a1;drop" }).success).toBe(false);
    expect(matrixQuerySchema.safeParse({ offers: Array.from({ length: 51 }, (_, i) => `o${i}`).join(",") }).success).toBe(false);
    expect(matrixQuerySchema.safeParse({ offers: "a1", other: "x" }).success).toBe(false);
  });
});
