import { describe, expect, it } from "vitest";
import { compMix, placeInBand } from "@/lib/offers/bands";
import { MARKET_BANDS } from "@/lib/offers/data/market-bands";
import { formatMoney, parseMoney, toMajorString } from "@/lib/offers/money";
import { csvCell, matrixCsv } from "@/lib/offers/matrix-csv";
import { emptyBenefits } from "@/lib/offers/benefits";

const usd = (dollars: number) => BigInt(dollars) * 100n;

describe("band placement (US Senior AI Engineer: $220K-$300K)", () => {
  it("the bottom edge is within, at 0%", () => {
    expect(placeInBand(usd(220_000), "USD", "UNITED_STATES", "SENIOR")).toMatchObject({ status: "within", positionPct: 0 });
  });
  it("one cent under the bottom is below", () => {
    expect(placeInBand(usd(220_000) - 1n, "USD", "UNITED_STATES", "SENIOR")).toMatchObject({ status: "below", positionPct: -1 });
  });
  it("the top edge is within, at 100%", () => {
    expect(placeInBand(usd(300_000), "USD", "UNITED_STATES", "SENIOR")).toMatchObject({ status: "within", positionPct: 100, beyondListedTop: false });
  });
  it("one cent over the top is above", () => {
    // (30,000,001 - 22,000,000) × 100 / 8,000,000 = 100.0000125 → 100
    expect(placeInBand(usd(300_000) + 1n, "USD", "UNITED_STATES", "SENIOR")).toMatchObject({ status: "above", positionPct: 100 });
  });
  it("the middle is 50%, one cent under the top is 99%", () => {
    expect(placeInBand(usd(260_000), "USD", "UNITED_STATES", "SENIOR")).toMatchObject({ positionPct: 50 });
    expect(placeInBand(usd(300_000) - 1n, "USD", "UNITED_STATES", "SENIOR")).toMatchObject({ positionPct: 99 });
  });
  it("an open-ended band ($400K-$550K+) never places above", () => {
    // (600,000 - 400,000) / 150,000 = 133.3% → 133
    expect(placeInBand(usd(600_000), "USD", "UNITED_STATES", "PRINCIPAL")).toMatchObject({ status: "within", positionPct: 133, beyondListedTop: true });
  });
  it("India's ₹25L-₹60L applies to senior levels only; other currencies are not compared", () => {
    expect(placeInBand(2_500_000n * 100n, "INR", "INDIA", "SENIOR")).toMatchObject({ status: "within", positionPct: 0 });
    expect(placeInBand(1n, "INR", "INDIA", "JUNIOR")).toEqual({ status: "no_band" });
    expect(placeInBand(usd(200_000), "USD", "EUROPE", "SENIOR")).toMatchObject({ status: "other_currency" });
    expect(placeInBand(1n, "USD", "OTHER_APAC", "SENIOR")).toEqual({ status: "no_band" });
  });
  it("holds the guide's table", () => {
    expect(MARKET_BANDS).toHaveLength(16);
    expect(MARKET_BANDS.find((b) => b.region === "EUROPE" && b.levels.includes("STAFF"))).toMatchObject({ currency: "EUR", minMajor: 200_000, maxMajor: 280_000 });
    expect(MARKET_BANDS.find((b) => b.region === "HONG_KONG")).toMatchObject({ currency: "HKD", minMajor: 130_000, maxMajor: 250_000 });
  });
});

describe("compensation mix against the guide's typical shares", () => {
  it("computes shares in basis points and flags each against its range", () => {
    // 4 years of the base case: base 800,000, bonus 120,000 + signing 50,000 = 170,000,
    // equity 400,000, benefits 72,000; total 1,442,000.
    // base 800/1442 = 55.48% (below 60-70); bonus 11.79% (within); equity 27.74% (within);
    // benefits 4.99% (below 5-15).
    const mix = compMix({ base: usd(800_000), bonus: usd(170_000), equity: usd(400_000), benefits: usd(72_000) });
    expect(mix.map((m) => [m.part, m.shareBp, m.status])).toEqual([
      ["base", 5548, "below"],
      ["bonus", 1179, "within"],
      ["equity", 2774, "within"],
      ["benefits", 499, "below"],
    ]);
  });
});

describe("money", () => {
  it("formats minor units in each currency's style", () => {
    expect(formatMoney(39_800_000n, "USD")).toBe("$398,000");
    expect(formatMoney(12_345n, "USD")).toBe("$123.45");
    expect(formatMoney(250_000_000n, "INR")).toBe("₹25,00,000");
    expect(formatMoney(15_000_000n, "EUR")).toBe("€150,000");
    expect(formatMoney(13_000_000n, "SGD")).toBe("$130,000");
    expect(formatMoney(1234n, "JPY")).toBe("￥1,234");
  });
  it("parses typed amounts without floating point", () => {
    expect(parseMoney("185,000", "USD")).toBe(18_500_000n);
    expect(parseMoney("0.1", "USD")).toBe(10n);
    expect(parseMoney("1 250.05", "EUR")).toBe(125_005n);
    expect(parseMoney("25,00,000", "INR")).toBe(250_000_000n);
    expect(parseMoney("1.234", "USD")).toBeNull();
    expect(parseMoney("abc", "USD")).toBeNull();
    expect(parseMoney("5", "JPY")).toBe(5n);
    expect(toMajorString(18_500_050n, "USD")).toBe("185000.50");
  });
});

describe("CSV export", () => {
  it("quotes cells and neutralises formulas", () => {
    expect(csvCell('Acme, "AI"')).toBe('"Acme, ""AI"""');
    expect(csvCell("=HYPERLINK()")).toBe(`"'=HYPERLINK()"`);
    const csv = matrixCsv({
      criteria: [{ id: "c", name: "Total compensation", weight: 100 }],
      offers: [
        {
          id: "o",
          company: "Acme",
          role: "MLE",
          currency: "USD",
          fourYearTotal: 144_200_000,
          annualised: 36_050_000,
          retirementMatchPercent: 4,
          benefits: {
            ...emptyBenefits(),
            retirementMatching: { included: true, amountPerYear: null, note: "" },
            learningBudget: { included: true, amountPerYear: 300_000, note: "books, courses" },
          },
        },
      ],
      rows: [{ offerId: "o", rank: 1, cells: { c: { display: "10", source: "derived" } }, weightedTotal: "10.00", missing: 0 }],
    });
    expect(csv).toBe(
      "Rank,Company,Role,Currency,4-year total,Annualised,Total compensation (weight 100),Weighted total (0-10),Unscored criteria," +
        "Health insurance,Retirement matching,Learning budget,Conference travel,Stock options/ESPP\r\n" +
        `1,Acme,MLE,USD,1442000,360500,10 (derived),10.00,0,No,Yes — 4% match,"Yes — ${formatMoney(300_000, "USD")}/year (books, courses)",No,No\r\n`,
    );
  });
});
