// Year-by-year total compensation for years 1-4. Pure: integer minor units in, out.
import { mulDivRound } from "./money";
import { VESTING_PRESETS } from "./data/vesting";

const YEARS = 4;
const BP = 10000n;

export type VestingPresetValue = "CLIFF_MONTHLY" | "CLIFF_QUARTERLY" | "EVEN" | "BACK_LOADED" | "FRONT_LOADED" | "CUSTOM";

export type Equity =
  | { type: "NONE" }
  | { type: "RSU_VALUE"; grantValue: bigint }
  | { type: "RSU_SHARES"; shares: bigint; sharePrice: bigint }
  | { type: "OPTIONS"; shares: bigint; strikePrice: bigint; fairMarketValue: bigint };

export type CompInput = {
  baseSalary: bigint;
  targetBonusBp: number;
  signingBonus: bigint;
  /** Month after joining when the signing bonus is paid, 1-48. */
  signingBonusMonth: number;
  equity: Equity;
  vesting: { preset: VestingPresetValue; customBp?: number[] };
  /** Value of a new grant assumed each year from year 2, vesting on the same schedule. */
  annualRefresher: bigint;
  benefitsValue: bigint;
  retirementMatchBp: number;
};

type YearComp = {
  year: number;
  base: bigint;
  bonus: bigint;
  /** Equity vesting this year: `grantEquity + refresherEquity`. */
  equity: bigint;
  /** Of which from the initial grant. */
  grantEquity: bigint;
  /** Of which from the refresher grants of years 2..4 (each vesting on the same schedule, so they stack). */
  refresherEquity: bigint;
  signing: bigint;
  benefits: bigint;
  total: bigint;
  /** Shares vesting this year from the initial grant (share-based grants only). */
  vestedShares: bigint | null;
};

type CompSummary = { years: YearComp[]; fourYearTotal: bigint; annualised: bigint };

/** Basis points of the grant vesting in each of years 1-4. */
export function vestingBp(vesting: CompInput["vesting"]): number[] {
  if (vesting.preset === "CUSTOM") {
    const bp = vesting.customBp ?? [];
    if (bp.length !== YEARS || bp.reduce((a, b) => a + b, 0) !== 10000) throw new Error("custom vesting must total 10000 bp over 4 years");
    return bp;
  }
  const preset = VESTING_PRESETS.find((p) => p.value === vesting.preset);
  if (!preset) throw new Error(`unknown vesting preset ${vesting.preset}`);
  return preset.yearlyBp;
}

/** Cumulative basis points vested by the end of each year. */
function cumulative(bp: number[]): bigint[] {
  let sum = 0;
  return bp.map((b) => BigInt((sum += b)));
}

/**
 * Splits a value over the years by the schedule. Rounds the cumulative amount (half up)
 * and takes differences, so the years always add up to the whole grant exactly.
 */
export function vestValue(value: bigint, bp: number[]): bigint[] {
  let prev = 0n;
  return cumulative(bp).map((c) => {
    const cum = mulDivRound(value, c, BP);
    const year = cum - prev;
    prev = cum;
    return year;
  });
}

/** Whole shares vesting each year (cumulative floor, so fractions never vest early). */
export function vestShares(shares: bigint, bp: number[]): bigint[] {
  let prev = 0n;
  return cumulative(bp).map((c) => {
    const cum = (shares * c) / BP;
    const year = cum - prev;
    prev = cum;
    return year;
  });
}

/** Initial-grant value vesting in each year, and the shares where the grant is in shares. */
function grantByYear(equity: Equity, bp: number[]): { value: bigint[]; shares: bigint[] | null } {
  switch (equity.type) {
    case "NONE":
      return { value: bp.map(() => 0n), shares: null };
    case "RSU_VALUE":
      return { value: vestValue(equity.grantValue, bp), shares: null };
    case "RSU_SHARES": {
      const shares = vestShares(equity.shares, bp);
      return { value: shares.map((s) => s * equity.sharePrice), shares };
    }
    case "OPTIONS": {
      // An option is worth its spread today, and never less than nothing (under water).
      const spread = equity.fairMarketValue > equity.strikePrice ? equity.fairMarketValue - equity.strikePrice : 0n;
      const shares = vestShares(equity.shares, bp);
      return { value: shares.map((s) => s * spread), shares };
    }
  }
}

export function yearByYear(input: CompInput): CompSummary {
  const bp = vestingBp(input.vesting);
  const grant = grantByYear(input.equity, bp);
  // Refreshers granted at the start of years 2..4, each vesting on the same schedule.
  const refresher = bp.map(() => 0n);
  if (input.annualRefresher > 0n) {
    const slices = vestValue(input.annualRefresher, bp);
    for (let grantYear = 1; grantYear < YEARS; grantYear++) {
      for (let y = grantYear; y < YEARS; y++) refresher[y]! += slices[y - grantYear]!;
    }
  }
  const bonus = mulDivRound(input.baseSalary, BigInt(input.targetBonusBp), BP);
  const benefits = input.benefitsValue + mulDivRound(input.baseSalary, BigInt(input.retirementMatchBp), BP);
  const signingYear = Math.ceil(input.signingBonusMonth / 12);
  const years: YearComp[] = bp.map((_, i) => {
    const equity = grant.value[i]! + refresher[i]!;
    const signing = signingYear === i + 1 ? input.signingBonus : 0n;
    return {
      year: i + 1,
      base: input.baseSalary,
      bonus,
      equity,
      grantEquity: grant.value[i]!,
      refresherEquity: refresher[i]!,
      signing,
      benefits,
      total: input.baseSalary + bonus + equity + signing + benefits,
      vestedShares: grant.shares ? grant.shares[i]! : null,
    };
  });
  const fourYearTotal = years.reduce((a, y) => a + y.total, 0n);
  return { years, fourYearTotal, annualised: mulDivRound(fourYearTotal, 1n, BigInt(YEARS)) };
}
