import { type VestingPresetValue, vestingBp } from "@/lib/offers/compensation";
import { type Column, DataTable } from "@/components/ui/data-table";
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
type Row = (typeof ROWS)[number];

/** Years 1-4 as a table: the accessible source of truth the chart illustrates. */
export function YearTable({ offer, caption }: { offer: OfferView; caption: string }) {
  const m = (v: number) => formatMoney(v, offer.currency);
  return (
    <div>
      <DataTable
        caption={caption}
        showCaption
        rows={ROWS}
        rowKey={([key]) => key}
        columns={[
          { header: "Component", rowHeader: true, cell: ([, label]) => label, className: "font-normal" },
          ...offer.comp.years.map(
            (y): Column<Row> => ({ header: `Year ${y.year}`, align: "right", cell: ([key]) => m(y[key]) }),
          ),
          { header: "4 years", align: "right", cell: ([key]) => m(offer.comp.years.reduce((a, y) => a + y[key], 0)) },
        ]}
        footer={["Total compensation", ...offer.comp.years.map((y) => m(y.total)), m(offer.comp.fourYearTotal)]}
      />
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
