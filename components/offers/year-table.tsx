import { formatMoney } from "@/lib/offers/money";
import type { OfferView } from "@/lib/offers/offer-view";

const ROWS = [
  ["base", "Base salary"],
  ["bonus", "Target bonus"],
  ["equity", "Equity vested"],
  ["signing", "Signing bonus"],
  ["benefits", "Benefits and retirement match"],
] as const;

/** Years 1-4 as a table: the accessible source of truth the chart illustrates. */
export function YearTable({ offer, caption }: { offer: OfferView; caption: string }) {
  const m = (v: number) => formatMoney(v, offer.currency);
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="mb-2 text-left text-sm text-slate-600 dark:text-slate-400">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left dark:border-slate-700">
            <th scope="col" className="py-2 pr-4 font-medium">
              Component
            </th>
            {offer.comp.years.map((y) => (
              <th key={y.year} scope="col" className="py-2 pr-4 text-right font-medium">
                Year {y.year}
              </th>
            ))}
            <th scope="col" className="py-2 text-right font-medium">
              4 years
            </th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([key, label]) => (
            <tr key={key} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                {label}
              </th>
              {offer.comp.years.map((y) => (
                <td key={y.year} className="py-2 pr-4 text-right tabular-nums">
                  {m(y[key])}
                </td>
              ))}
              <td className="py-2 text-right tabular-nums">{m(offer.comp.years.reduce((a, y) => a + y[key], 0))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" className="py-2 pr-4 text-left">
              Total compensation
            </th>
            {offer.comp.years.map((y) => (
              <td key={y.year} className="py-2 pr-4 text-right tabular-nums">
                {m(y.total)}
              </td>
            ))}
            <td className="py-2 text-right tabular-nums">{m(offer.comp.fourYearTotal)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="mt-2 text-sm">
        Annualised over 4 years: <strong className="tabular-nums">{m(offer.comp.annualised)}</strong> a year.
      </p>
    </div>
  );
}
