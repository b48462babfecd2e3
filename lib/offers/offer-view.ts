// An offer as the API and pages see it: amounts as numbers of minor units (all within
// Number.MAX_SAFE_INTEGER by the schema's limits), percentages as numbers, plus the
// computed year-by-year compensation, band placement and mix.
import type { Offer } from "@/lib/generated/prisma/client";
import { type BandPlacement, compMix, type MixPart, placeInBand } from "./bands";
import { type Benefits, readBenefits } from "./benefits";
import { type CompInput, type Equity, yearByYear, type VestingPresetValue } from "./compensation";

/** An offer as stored (every column but the owner). */
type OfferRow = Omit<Offer, "userId">;

/** The offer's describing fields, text in both the view and the form (offer-form-values.ts). */
export type OfferLabels = {
  company: string;
  role: string;
  level: string;
  region: string;
  location: string;
  remotePolicy: string;
  currency: string;
};

/** `T` with its bigint amounts as numbers (each member of a union on its own). */
type Numbers<T> = T extends unknown ? { [K in keyof T]: T[K] extends bigint ? number : T[K] } : never;

type EquityView = Numbers<Equity>;

export type YearView = {
  year: number;
  base: number;
  bonus: number;
  equity: number;
  grantEquity: number;
  refresherEquity: number;
  signing: number;
  benefits: number;
  total: number;
  vestedShares: number | null;
};

type BandView =
  | { status: "no_band" }
  | { status: "other_currency"; label: string; currency: string }
  | {
      status: "below" | "within" | "above";
      label: string;
      currency: string;
      min: number;
      max: number;
      openEnded: boolean;
      positionPct: number;
      beyondListedTop: boolean;
      note: string | null;
    };

type MixView = Omit<MixPart, "amount"> & { amount: number };

export type OfferView = OfferLabels & {
  id: string;
  baseSalary: number;
  targetBonusPercent: number;
  signingBonus: number;
  signingBonusMonth: number;
  equity: EquityView;
  vesting: { preset: string; customPercents: number[] | null };
  annualRefresher: number;
  benefitsValue: number;
  retirementMatchPercent: number;
  /** The guide's benefits checklist. */
  benefits: Benefits;
  notes: string;
  /** When the offer was archived (it stays out of the default comparison), or null. */
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  comp: { years: YearView[]; fourYearTotal: number; annualised: number };
  band: BandView;
  mix: MixView[];
};

const n = (v: bigint | null | undefined) => Number(v ?? 0n);

function equityOf(row: OfferRow): Equity {
  switch (row.equityType) {
    case "RSU_VALUE":
      return { type: "RSU_VALUE", grantValue: row.equityGrantValueMinor ?? 0n };
    case "RSU_SHARES":
      return { type: "RSU_SHARES", shares: row.equityShares ?? 0n, sharePrice: row.equityPriceMinor ?? 0n };
    case "OPTIONS":
      return {
        type: "OPTIONS",
        shares: row.equityShares ?? 0n,
        strikePrice: row.equityStrikeMinor ?? 0n,
        fairMarketValue: row.equityPriceMinor ?? 0n,
      };
    default:
      return { type: "NONE" };
  }
}

function compInputOf(row: OfferRow): CompInput {
  return {
    baseSalary: row.baseSalaryMinor,
    targetBonusBp: row.targetBonusBp,
    signingBonus: row.signingBonusMinor,
    signingBonusMonth: row.signingBonusMonth,
    equity: equityOf(row),
    vesting: { preset: row.vestingPreset as VestingPresetValue, customBp: row.vestingCustomBp },
    annualRefresher: row.annualRefresherMinor,
    benefitsValue: row.benefitsValueMinor,
    retirementMatchBp: row.retirementMatchBp,
  };
}

function bandView(p: BandPlacement): BandView {
  if (p.status === "no_band") return p;
  if (p.status === "other_currency")
    return { status: p.status, label: p.band.label, currency: p.band.currency };
  return {
    status: p.status,
    label: p.band.label,
    currency: p.band.currency,
    min: Number(p.minMinor),
    max: Number(p.maxMinor),
    openEnded: p.band.openEnded,
    positionPct: p.positionPct,
    beyondListedTop: p.beyondListedTop,
    note: p.band.note ?? null,
  };
}

function equityView(e: Equity): EquityView {
  switch (e.type) {
    case "NONE":
      return e;
    case "RSU_VALUE":
      return { type: e.type, grantValue: n(e.grantValue) };
    case "RSU_SHARES":
      return { type: e.type, shares: n(e.shares), sharePrice: n(e.sharePrice) };
    case "OPTIONS":
      return {
        type: e.type,
        shares: n(e.shares),
        strikePrice: n(e.strikePrice),
        fairMarketValue: n(e.fairMarketValue),
      };
  }
}

export function presentOffer(row: OfferRow): OfferView {
  const comp = yearByYear(compInputOf(row));
  const sum = (k: "base" | "bonus" | "equity" | "signing" | "benefits") =>
    comp.years.reduce((a, y) => a + y[k], 0n);
  const mix = compMix({
    base: sum("base"),
    bonus: sum("bonus") + sum("signing"),
    equity: sum("equity"),
    benefits: sum("benefits"),
  });
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    level: row.level,
    region: row.region,
    location: row.location,
    remotePolicy: row.remotePolicy,
    currency: row.currency,
    baseSalary: n(row.baseSalaryMinor),
    targetBonusPercent: row.targetBonusBp / 100,
    signingBonus: n(row.signingBonusMinor),
    signingBonusMonth: row.signingBonusMonth,
    equity: equityView(equityOf(row)),
    vesting: {
      preset: row.vestingPreset,
      customPercents: row.vestingPreset === "CUSTOM" ? row.vestingCustomBp.map((b) => b / 100) : null,
    },
    annualRefresher: n(row.annualRefresherMinor),
    benefitsValue: n(row.benefitsValueMinor),
    retirementMatchPercent: row.retirementMatchBp / 100,
    benefits: readBenefits(row.benefits),
    notes: row.notes,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    comp: {
      years: comp.years.map((y) => ({
        year: y.year,
        base: n(y.base),
        bonus: n(y.bonus),
        equity: n(y.equity),
        grantEquity: n(y.grantEquity),
        refresherEquity: n(y.refresherEquity),
        signing: n(y.signing),
        benefits: n(y.benefits),
        total: n(y.total),
        vestedShares: y.vestedShares === null ? null : n(y.vestedShares),
      })),
      fourYearTotal: n(comp.fourYearTotal),
      annualised: n(comp.annualised),
    },
    // The guide's bands are read as annual total compensation: compare the annualised 4-year figure.
    band: bandView(placeInBand(comp.annualised, row.currency, row.region, row.level)),
    mix: mix.map((m) => ({ ...m, amount: n(m.amount) })),
  };
}
