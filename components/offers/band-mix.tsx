import { DataTable } from "@/components/ui/data-table";
import { formatMoney } from "@/lib/offers/money";
import type { OfferView } from "@/lib/offers/offer-view";

const STATUS_TEXT = { below: "Below the band", within: "Within the band", above: "Above the band" } as const;

export function BandPlacement({ offer }: { offer: OfferView }) {
  const b = offer.band;
  if (b.status === "no_band") {
    return <p className="text-sm text-slate-600 dark:text-slate-400">The guide has no 2025 estimate for this region and level.</p>;
  }
  if (b.status === "other_currency") {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The guide&apos;s estimate for {b.label} is in {b.currency}; this offer is in {offer.currency}. PrepLoop does not convert
        currencies, so it is not placed.
      </p>
    );
  }
  const m = (v: number) => formatMoney(v, b.currency);
  const marker = Math.max(0, Math.min(100, b.positionPct));
  const where =
    b.status === "within"
      ? b.beyondListedTop
        ? `above the listed top of an open-ended band (${b.positionPct}% of the way)`
        : `${b.positionPct}% of the way from the bottom to the top`
      : b.status === "below"
        ? "under the bottom of the band"
        : "over the top of the band";
  return (
    <div className="space-y-2 text-sm">
      <p>
        <strong>{STATUS_TEXT[b.status]}</strong>: the annualised {formatMoney(offer.comp.annualised, offer.currency)} is {where}.
      </p>
      <p className="text-slate-600 dark:text-slate-400">
        The guide&apos;s 2025 estimate for {b.label}: {m(b.min)} – {m(b.max)}
        {b.openEnded ? "+" : ""} (read as annual total compensation).{b.note ? ` ${b.note}` : ""}
      </p>
      <div className="relative h-3 rounded-full bg-slate-200 dark:bg-slate-700" aria-hidden="true">
        <div className="absolute inset-y-0 left-0 rounded-full bg-indigo-300 dark:bg-indigo-800" style={{ width: "100%" }} />
        <div
          className={`absolute -top-1 h-5 w-1.5 rounded ${b.status === "within" ? "bg-green-600" : "bg-amber-600"}`}
          style={{ left: `calc(${marker}% - 3px)` }}
        />
      </div>
    </div>
  );
}

const COMPARED = { within: "Within", below: "Below", above: "Above" } as const;

export function CompMix({ offer }: { offer: OfferView }) {
  return (
    <DataTable
      caption="Share of the 4-year total (signing bonus counted as bonus) against the guide's typical mix."
      label="Compensation mix table"
      showCaption
      rows={offer.mix}
      rowKey={(p) => p.part}
      columns={[
        { header: "Part", rowHeader: true, cell: (p) => p.label, className: "font-normal" },
        { header: "This offer", align: "right", cell: (p) => `${(p.shareBp / 100).toFixed(1)}%`, sort: (p) => p.shareBp },
        { header: "Typical", align: "right", cell: (p) => `${p.minPct}–${p.maxPct}%` },
        {
          header: "Compared",
          cell: (p) => (
            <span className={p.status === "within" ? "text-green-700 dark:text-green-400" : "text-amber-700 dark:text-amber-400"}>
              {COMPARED[p.status]}
            </span>
          ),
        },
      ]}
    />
  );
}
