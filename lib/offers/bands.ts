// Placing an offer against the guide's market band and the typical compensation mix. Pure.
import { COMP_MIX, MARKET_BANDS, type MarketBand } from "./data/market-bands";
import { minorDigits } from "./money";

export type BandPlacement =
  | { status: "no_band" }
  | { status: "other_currency"; band: MarketBand }
  | {
      status: "below" | "within" | "above";
      band: MarketBand;
      minMinor: bigint;
      maxMinor: bigint;
      /** Whole percent of the way from the band's bottom (0) to its top (100); can exceed 100 for an open top. */
      positionPct: number;
      /** Above the listed top of an open-ended band ("$550K+"): still within. */
      beyondListedTop: boolean;
    };

function findBand(region: string, level: string): MarketBand | undefined {
  return MARKET_BANDS.find((b) => b.region === region && (b.levels as string[]).includes(level));
}

/** Places an annual amount (minor units of `currency`) against the band for region and level. */
export function placeInBand(amount: bigint, currency: string, region: string, level: string): BandPlacement {
  const band = findBand(region, level);
  if (!band) return { status: "no_band" };
  if (band.currency !== currency) return { status: "other_currency", band };
  const scale = 10n ** BigInt(minorDigits(currency));
  const minMinor = BigInt(band.minMajor) * scale;
  const maxMinor = BigInt(band.maxMajor) * scale;
  // Floor of the exact fraction: a hair under the top is 99%, not 100%.
  const offset = amount - minMinor;
  const span = maxMinor - minMinor;
  const positionPct = Number(offset >= 0n ? (offset * 100n) / span : -((-offset * 100n + span - 1n) / span));
  const over = amount > maxMinor;
  const status = amount < minMinor ? "below" : over && !band.openEnded ? "above" : "within";
  return { status, band, minMinor, maxMinor, positionPct, beyondListedTop: over && band.openEnded };
}

export type MixPart = { part: "base" | "bonus" | "equity" | "benefits"; label: string; amount: bigint; /** hundredths of a percent */ shareBp: number; minPct: number; maxPct: number; status: "below" | "within" | "above" };

/**
 * The 4-year mix of base / bonus (signing included, as a one-off bonus) / equity / benefits,
 * each share in basis points of the total, against the guide's typical ranges.
 */
export function compMix(totals: { base: bigint; bonus: bigint; equity: bigint; benefits: bigint }): MixPart[] {
  const all = totals.base + totals.bonus + totals.equity + totals.benefits;
  return COMP_MIX.map((m) => {
    const amount = totals[m.part];
    const shareBp = all === 0n ? 0 : Number((amount * 20000n + all) / (all * 2n));
    const status = shareBp < m.minPct * 100 ? "below" : shareBp > m.maxPct * 100 ? "above" : "within";
    return { ...m, amount, shareBp, status };
  });
}
