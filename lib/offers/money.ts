// Money as integer minor units (cents, pence, paise...). No floating-point arithmetic on
// amounts: parsing and formatting go through strings and bigint.
import { CURRENCIES } from "./data/currencies";

/** Digits after the decimal point for a currency (2 for USD, 0 for JPY), from ISO 4217 via Intl. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

function localeOf(currency: string) {
  return CURRENCIES.find((c) => c.code === currency)?.locale ?? "en-US";
}

/** Formats minor units in the currency's own style; fractions are shown only when not zero. */
export function formatMoney(minor: bigint | number, currency: string): string {
  const value = BigInt(minor);
  const digits = minorDigits(currency);
  const scale = 10n ** BigInt(digits);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / scale;
  const frac = abs % scale;
  // Intl formats a decimal string exactly (no float conversion) when given a string.
  const decimal = `${negative ? "-" : ""}${whole}${digits > 0 ? `.${frac.toString().padStart(digits, "0")}` : ""}`;
  const fmt = new Intl.NumberFormat(localeOf(currency), {
    style: "currency",
    currency,
    minimumFractionDigits: frac === 0n ? 0 : digits,
    maximumFractionDigits: digits,
  });
  return fmt.format(decimal as unknown as number);
}

/** Compact form for chart axes (e.g. "$400K"). Display only. */
export function formatMoneyCompact(minor: bigint | number, currency: string): string {
  const major = Number(BigInt(minor) / 10n ** BigInt(minorDigits(currency)));
  return new Intl.NumberFormat(localeOf(currency), { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 }).format(major);
}

/**
 * Parses what a person typed ("185,000", "1 250.50", "₹25,00,000") into minor units.
 * Returns null when it is not an amount, or has more decimals than the currency allows.
 */
export function parseMoney(input: string, currency: string): bigint | null {
  const cleaned = input.replace(/[\s,'’_]/g, "").replace(/^[^\d.-]+/, "");
  if (cleaned === "") return null;
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!m) return null;
  const digits = minorDigits(currency);
  const frac = m[3] ?? "";
  if (frac.length > digits) return null;
  const value = BigInt(m[2]!) * 10n ** BigInt(digits) + BigInt(frac.padEnd(digits, "0") || "0");
  return m[1] ? -value : value;
}

/** Minor units as a plain decimal string in major units ("185000.5" → "185000.50"), for form fields. */
export function toMajorString(minor: bigint | number, currency: string): string {
  const value = BigInt(minor);
  const digits = minorDigits(currency);
  if (digits === 0) return value.toString();
  const scale = 10n ** BigInt(digits);
  const abs = value < 0n ? -value : value;
  const frac = abs % scale;
  const whole = `${value < 0n ? "-" : ""}${abs / scale}`;
  return frac === 0n ? whole : `${whole}.${frac.toString().padStart(digits, "0")}`;
}

/** a × num / den rounded half up, for non-negative a, num and positive den. */
export function mulDivRound(a: bigint, num: bigint, den: bigint): bigint {
  return (a * num * 2n + den) / (den * 2n);
}

/** Percent (up to two decimals) ↔ basis points, via strings to avoid float drift. */
export function percentToBp(pct: number): number | null {
  if (!Number.isFinite(pct)) return null;
  const bp = Math.round(pct * 100);
  return Math.abs(pct * 100 - bp) < 1e-6 ? bp : null;
}
