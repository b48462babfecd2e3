// The comparison matrix as CSV (RFC 4180). Pure.
import { BENEFIT_ITEMS, type Benefits, benefitSummary } from "./benefits";
import { toMajorString } from "./money";

type CsvMatrix = {
  criteria: { id: string; name: string; weight: number }[];
  offers: { id: string; company: string; role: string; currency: string; fourYearTotal: number; annualised: number; retirementMatchPercent: number; benefits: Benefits }[];
  rows: { offerId: string; rank: number; cells: Record<string, { display: string | null; source: string }>; weightedTotal: string; missing: number }[];
};

/** Quotes a cell; a leading = + - @ is neutralised so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function matrixCsv(m: CsvMatrix): string {
  const header = [
    "Rank",
    "Company",
    "Role",
    "Currency",
    "4-year total",
    "Annualised",
    ...m.criteria.map((c) => `${c.name} (weight ${c.weight})`),
    "Weighted total (0-10)",
    "Unscored criteria",
    ...BENEFIT_ITEMS.map((b) => b.label),
  ];
  const lines = [header.map(csvCell).join(",")];
  for (const r of m.rows) {
    const o = m.offers.find((x) => x.id === r.offerId)!;
    lines.push(
      [
        r.rank,
        o.company,
        o.role,
        o.currency,
        toMajorString(o.fourYearTotal, o.currency),
        toMajorString(o.annualised, o.currency),
        ...m.criteria.map((c) => {
          const cell = r.cells[c.id];
          return cell?.display ? `${cell.display}${cell.source === "derived" ? " (derived)" : ""}` : "";
        }),
        r.weightedTotal,
        r.missing,
        ...BENEFIT_ITEMS.map((b) => benefitSummary(b.key, o.benefits[b.key], o)),
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
