import { formatMoney } from "@/lib/offers/money";
import type { MatrixView } from "@/lib/offers/matrix-store";
import type { OfferView } from "@/lib/offers/offer-view";

const bandText: Record<string, string> = {
  below: "Below the band",
  within: "Within the band",
  above: "Above the band",
};

/** Offers on the portfolio: 4-year and annualised totals, market band, and the matrix ranking. */
export function OffersSection({ offers, matrix }: { offers: OfferView[]; matrix: MatrixView }) {
  if (offers.length === 0) return null;
  const rankOf = new Map(matrix.rows.map((r) => [r.offerId, r]));
  return (
    <section
      aria-labelledby="portfolio-offers"
      className="border-t border-slate-200 pt-5 dark:border-slate-700"
    >
      <h2 id="portfolio-offers" className="text-lg font-semibold">
        Offers
      </h2>
      <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Offers table">
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th className="py-1 pr-3">Offer</th>
              <th className="py-1 pr-3 text-right">4-year total</th>
              <th className="py-1 pr-3 text-right">Per year</th>
              <th className="py-1 pr-3">Market band</th>
              <th className="py-1 text-right">Weighted score</th>
            </tr>
          </thead>
          <tbody>
            {offers.map((o) => {
              const row = rankOf.get(o.id);
              return (
                <tr key={o.id} className="border-t border-slate-100 dark:border-slate-800">
                  <td className="py-1 pr-3">
                    {o.company} — {o.role}
                  </td>
                  <td className="py-1 pr-3 text-right">{formatMoney(o.comp.fourYearTotal, o.currency)}</td>
                  <td className="py-1 pr-3 text-right">{formatMoney(o.comp.annualised, o.currency)}</td>
                  <td className="py-1 pr-3">
                    {"label" in o.band && o.band.status in bandText
                      ? bandText[o.band.status]
                      : "No band to compare"}
                  </td>
                  <td className="py-1 text-right">{row ? `${row.weightedTotal} (#${row.rank})` : "–"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
