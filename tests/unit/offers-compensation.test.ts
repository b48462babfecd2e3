import { describe, expect, it } from "vitest";
import { type CompInput, vestShares, vestValue, yearByYear } from "@/lib/offers/compensation";

// All amounts in US cents. The base case:
//   base $200,000; target bonus 15% → $30,000; signing bonus $50,000 paid in month 6
//   (mid-year, so year 1); RSUs granted at $400,000; benefits $10,000 plus a 4% retirement
//   match on base ($8,000) → $18,000 a year; no refresher.
const usd = (dollars: number) => BigInt(dollars) * 100n;
const base: CompInput = {
  baseSalary: usd(200_000),
  targetBonusBp: 1500,
  signingBonus: usd(50_000),
  signingBonusMonth: 6,
  equity: { type: "RSU_VALUE", grantValue: usd(400_000) },
  vesting: { preset: "CLIFF_MONTHLY" },
  annualRefresher: 0n,
  benefitsValue: usd(10_000),
  retirementMatchBp: 400,
};

const totals = (input: CompInput) => {
  const r = yearByYear(input);
  return { years: r.years.map((y) => y.total), equity: r.years.map((y) => y.equity), four: r.fourYearTotal, annualised: r.annualised };
};

describe("yearByYear for each vesting preset (mid-year signing bonus in year 1)", () => {
  // Cash in every year: 200,000 + 30,000 + 18,000 = 248,000; year 1 adds the 50,000 signing bonus.
  it("4 years, 1-year cliff, then monthly: 25% at the cliff, then 1/48 a month = 25% a year", () => {
    // equity 100,000 a year; year 1 = 248,000 + 100,000 + 50,000 = 398,000; years 2-4 = 348,000
    // 4-year total = 398,000 + 3 × 348,000 = 1,442,000; annualised 360,500
    expect(totals(base)).toEqual({
      years: [usd(398_000), usd(348_000), usd(348_000), usd(348_000)],
      equity: [usd(100_000), usd(100_000), usd(100_000), usd(100_000)],
      four: usd(1_442_000),
      annualised: usd(360_500),
    });
    const y1 = yearByYear(base).years[0]!;
    expect(y1).toEqual({
      year: 1,
      base: usd(200_000),
      bonus: usd(30_000),
      equity: usd(100_000),
      grantEquity: usd(100_000),
      refresherEquity: 0n,
      signing: usd(50_000),
      benefits: usd(18_000),
      total: usd(398_000),
      vestedShares: null,
    });
  });

  it("4 years, 1-year cliff, then quarterly: the same 25% a year", () => {
    expect(totals({ ...base, vesting: { preset: "CLIFF_QUARTERLY" } }).years).toEqual([usd(398_000), usd(348_000), usd(348_000), usd(348_000)]);
  });

  it("even 25/25/25/25", () => {
    expect(totals({ ...base, vesting: { preset: "EVEN" } }).years).toEqual([usd(398_000), usd(348_000), usd(348_000), usd(348_000)]);
  });

  it("back-loaded 5/15/40/40", () => {
    // equity 20,000 / 60,000 / 160,000 / 160,000
    // year 1 = 248,000 + 20,000 + 50,000 = 318,000; year 2 = 248,000 + 60,000 = 308,000;
    // years 3 and 4 = 248,000 + 160,000 = 408,000; total 1,442,000; annualised 360,500
    expect(totals({ ...base, vesting: { preset: "BACK_LOADED" } })).toEqual({
      years: [usd(318_000), usd(308_000), usd(408_000), usd(408_000)],
      equity: [usd(20_000), usd(60_000), usd(160_000), usd(160_000)],
      four: usd(1_442_000),
      annualised: usd(360_500),
    });
  });

  it("front-loaded 40/30/20/10", () => {
    // equity 160,000 / 120,000 / 80,000 / 40,000
    // year 1 = 248,000 + 160,000 + 50,000 = 458,000; then 368,000, 328,000, 288,000
    expect(totals({ ...base, vesting: { preset: "FRONT_LOADED" } })).toEqual({
      years: [usd(458_000), usd(368_000), usd(328_000), usd(288_000)],
      equity: [usd(160_000), usd(120_000), usd(80_000), usd(40_000)],
      four: usd(1_442_000),
      annualised: usd(360_500),
    });
  });

  it("custom 10/20/30/40", () => {
    // equity 40,000 / 80,000 / 120,000 / 160,000 → 338,000, 328,000, 368,000, 408,000
    expect(totals({ ...base, vesting: { preset: "CUSTOM", customBp: [1000, 2000, 3000, 4000] } }).years).toEqual([
      usd(338_000),
      usd(328_000),
      usd(368_000),
      usd(408_000),
    ]);
  });

  it("a signing bonus paid in month 18 lands in year 2", () => {
    // year 1 = 248,000 + 100,000 = 348,000; year 2 = 348,000 + 50,000 = 398,000
    expect(totals({ ...base, signingBonusMonth: 18 }).years).toEqual([usd(348_000), usd(398_000), usd(348_000), usd(348_000)]);
  });

  it("annual refreshers from year 2 vest on the same schedule", () => {
    // $40,000 a year granted at the start of years 2, 3 and 4, each vesting 25% a year:
    // year 2: 10,000; year 3: 10,000 + 10,000 = 20,000; year 4: 30,000.
    expect(totals({ ...base, annualRefresher: usd(40_000) }).equity).toEqual([usd(100_000), usd(110_000), usd(120_000), usd(130_000)]);
    // The year-by-year table shows the refreshers as their own row: the split adds up to the equity.
    const years = yearByYear({ ...base, annualRefresher: usd(40_000) }).years;
    expect(years.map((y) => y.grantEquity)).toEqual([usd(100_000), usd(100_000), usd(100_000), usd(100_000)]);
    expect(years.map((y) => y.refresherEquity)).toEqual([0n, usd(10_000), usd(20_000), usd(30_000)]);
  });
});

describe("equity valuation", () => {
  it("an option grant under water is worth nothing, never negative", () => {
    // 10,000 options, strike $12.00, fair market value $8.00: spread is negative → 0 each year.
    const r = yearByYear({
      ...base,
      signingBonus: 0n,
      equity: { type: "OPTIONS", shares: 10_000n, strikePrice: 1200n, fairMarketValue: 800n },
      vesting: { preset: "EVEN" },
    });
    expect(r.years.map((y) => y.equity)).toEqual([0n, 0n, 0n, 0n]);
    expect(r.years.map((y) => y.vestedShares)).toEqual([2500n, 2500n, 2500n, 2500n]);
    // 4 × 248,000 = 992,000
    expect(r.fourYearTotal).toBe(usd(992_000));
  });

  it("options in the money are worth (FMV - strike) × vested shares", () => {
    // 4,800 options, strike $2.50, FMV $10.00: 1,200 a year × $7.50 = $9,000 a year.
    const r = yearByYear({ ...base, equity: { type: "OPTIONS", shares: 4800n, strikePrice: 250n, fairMarketValue: 1000n }, vesting: { preset: "EVEN" } });
    expect(r.years.map((y) => y.equity)).toEqual([usd(9000), usd(9000), usd(9000), usd(9000)]);
  });

  it("RSUs by shares and price", () => {
    // 1,000 shares at $150.25, back-loaded: 50, 150, 400, 400 shares → 7,512.50, 22,537.50, 60,100, 60,100
    const r = yearByYear({ ...base, equity: { type: "RSU_SHARES", shares: 1000n, sharePrice: 15025n }, vesting: { preset: "BACK_LOADED" } });
    expect(r.years.map((y) => y.equity)).toEqual([751_250n, 2_253_750n, 6_010_000n, 6_010_000n]);
  });

  it("whole shares vest by cumulative floor, so the last year takes the remainder", () => {
    // 1,001 shares evenly: cumulative 250.25 → 250, 500.5 → 500, 750.75 → 750, 1001 → yearly 250, 250, 250, 251
    expect(vestShares(1001n, [2500, 2500, 2500, 2500])).toEqual([250n, 250n, 250n, 251n]);
  });

  it("values round the cumulative amount half up, so the years add up exactly", () => {
    // $1,000.01 = 100,001 cents evenly: cumulative 25,000.25 → 25,000; 50,000.5 → 50,001;
    // 75,000.75 → 75,001; 100,001 → yearly 25,000, 25,001, 25,000, 25,000 (sum 100,001)
    expect(vestValue(100_001n, [2500, 2500, 2500, 2500])).toEqual([25_000n, 25_001n, 25_000n, 25_000n]);
  });
});
