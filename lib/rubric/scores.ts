// Pure scoring rules shared by practice, mock reports, self-assessments and the dashboard.
import { BANDS, DOMAINS, type DomainValue } from "./data";

export type Band = (typeof BANDS)[number];

/** The readiness band of a 0-10 score (half-open thresholds: ≥ 8.5, ≥ 7, ≥ 5.5, below). */
export function bandFor(score: number): Band {
  if (!Number.isFinite(score) || score < 0 || score > 10) throw new RangeError(`A score is 0-10, got ${score}`);
  return BANDS.find((b) => score >= b.min)!;
}

/** The guide's level descriptor for a domain score (0-10, whole or fractional). */
export function levelDescriptor(domain: DomainValue, score: number): string {
  const d = DOMAINS.find((x) => x.value === domain);
  if (!d) throw new RangeError(`Unknown domain ${domain}`);
  const whole = Math.min(10, Math.max(0, Math.floor(score)));
  return d.levels.find((l) => whole >= l.min && whole <= l.max)!.text;
}

/** Mean of the values, rounded to 2 decimals; null for none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.round((sum / values.length) * 100) / 100;
}
