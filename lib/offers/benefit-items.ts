// The guide's benefits checklist: its items, how one reads in a sentence, how many an offer
// includes. No zod here (the schema is in ./benefits): the browser shows benefits (the comparison
// matrix, the offer page) without loading the validation library (decision 0025, Session 8).
import { formatMoney } from "./money";

export const BENEFIT_ITEMS = [
  { key: "healthInsurance", label: "Health insurance", amount: false, hint: "Health, dental and vision coverage: what is covered, for whom." },
  { key: "retirementMatching", label: "Retirement matching", amount: false, hint: "401k, pension: the match % goes in “Retirement match”." },
  { key: "learningBudget", label: "Learning budget", amount: true, hint: "The guide: a professional development budget of $2K-$10K a year." },
  { key: "conferenceTravel", label: "Conference travel", amount: true, hint: "Conference attendance and speaking opportunities." },
  { key: "stockEspp", label: "Stock options/ESPP", amount: false, hint: "ESPP discount and limits, or options beyond the grant above." },
] as const;

export type BenefitKey = (typeof BENEFIT_ITEMS)[number]["key"];
export const BENEFIT_KEYS = BENEFIT_ITEMS.map((b) => b.key) as [BenefitKey, ...BenefitKey[]];

type BenefitItem = { included: boolean; amountPerYear: number | null; note: string };
export type Benefits = Record<BenefitKey, BenefitItem>;

/** One item in a sentence or a table cell: "Yes — 2,000.00 USD/year (conference of choice)", "No", "Yes — 5% match". */
export function benefitSummary(key: BenefitKey, item: BenefitItem, offer: { currency: string; retirementMatchPercent: number }): string {
  if (!item.included) return "No";
  const parts: string[] = [];
  if (item.amountPerYear !== null) parts.push(`${formatMoney(item.amountPerYear, offer.currency)}/year`);
  if (key === "retirementMatching" && offer.retirementMatchPercent > 0) parts.push(`${offer.retirementMatchPercent}% match`);
  const main = parts.length ? `Yes — ${parts.join(", ")}` : "Yes";
  return item.note ? `${main} (${item.note})` : main;
}

/** How many of the guide's five benefits the offer includes. */
export function benefitsCount(b: Benefits): number {
  return BENEFIT_KEYS.filter((k) => b[k].included).length;
}
