import { type VestingPresetValue, vestingBp } from "@/lib/offers/compensation";
import { formatMoney } from "@/lib/offers/money";
import type { OfferView } from "@/lib/offers/offer-view";

const ROWS = [
  ["base", "Base salary"],
  ["bonus", "Target bonus"],
  ["grantEquity", "Equity vested: initial grant"],
  ["refresherEquity", "Equity vested: refresher grants"],
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
              <td className="py-2 text-right tabular-nums">
                {m(offer.comp.years.reduce((a, y) => a + y[key], 0))}
              </td>
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
      <RefresherNote offer={offer} />
    </div>
  );
}

/** How the refresher row is computed (lib/offers/compensation.ts): yearly grants that stack, each on the offer's schedule. */
function RefresherNote({ offer }: { offer: OfferView }) {
  const m = (v: number) => formatMoney(v, offer.currency);
  const schedule = vestingBp({
    preset: offer.vesting.preset as VestingPresetValue,
    customBp: offer.vesting.customPercents?.map((p) => Math.round(p * 100)),
  })
    .map((bp) => `${bp / 100}%`)
    .join(", ");
  return (
    <p
      role="note"
      aria-label="How refresher grants count"
      className="mt-2 text-sm text-slate-600 dark:text-slate-400"
    >
      <strong className="font-medium text-slate-800 dark:text-slate-200">Refresher grants: </strong>
      {offer.annualRefresher > 0
        ? `a new grant of ${m(offer.annualRefresher)} is assumed at the start of years 2, 3 and 4, each vesting on this offer's schedule (${schedule} in its years 1-4). They stack: in year 3 the year-2 grant's second slice and the year-3 grant's first slice both vest. Slices that vest after year 4 are not counted here.`
        : "none. With an annual refresher, a new grant is assumed at the start of years 2, 3 and 4, each vesting on the offer's schedule; they stack, so later years vest slices of several grants."}
    </p>
  );
}
