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

export function CompMix({ offer }: { offer: OfferView }) {
  return (
    <table className="w-full text-sm">
      <caption className="mb-2 text-left text-slate-600 dark:text-slate-400">
        Share of the 4-year total (signing bonus counted as bonus) against the guide&apos;s typical mix.
      </caption>
      <thead>
        <tr className="border-b border-slate-200 text-left dark:border-slate-700">
          <th scope="col" className="py-1.5 pr-3 font-medium">
            Part
          </th>
          <th scope="col" className="py-1.5 pr-3 text-right font-medium">
            This offer
          </th>
          <th scope="col" className="py-1.5 pr-3 text-right font-medium">
            Typical
          </th>
          <th scope="col" className="py-1.5 font-medium">
            Compared
          </th>
        </tr>
      </thead>
      <tbody>
        {offer.mix.map((p) => (
          <tr key={p.part} className="border-b border-slate-100 dark:border-slate-800">
            <th scope="row" className="py-1.5 pr-3 text-left font-normal">
              {p.label}
            </th>
            <td className="py-1.5 pr-3 text-right tabular-nums">{(p.shareBp / 100).toFixed(1)}%</td>
            <td className="py-1.5 pr-3 text-right tabular-nums">
              {p.minPct}–{p.maxPct}%
            </td>
            <td className={`py-1.5 ${p.status === "within" ? "text-green-700 dark:text-green-400" : "text-amber-700 dark:text-amber-400"}`}>
              {p.status === "within" ? "Within" : p.status === "below" ? "Below" : "Above"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
