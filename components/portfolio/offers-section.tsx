import { DataTable } from "@/components/ui/data-table";
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
      <div className="mt-2">
        <DataTable
          caption="Offers: totals, market band and weighted score"
          label="Offers table"
          rows={offers}
          rowKey={(o) => o.id}
          columns={[
            { header: "Offer", cell: (o) => `${o.company} — ${o.role}` },
            { header: "4-year total", align: "right", cell: (o) => formatMoney(o.comp.fourYearTotal, o.currency) },
            { header: "Per year", align: "right", cell: (o) => formatMoney(o.comp.annualised, o.currency) },
            {
              header: "Market band",
              cell: (o) => ("label" in o.band && o.band.status in bandText ? bandText[o.band.status] : "No band to compare"),
            },
            {
              header: "Weighted score",
              align: "right",
              cell: (o) => {
                const row = rankOf.get(o.id);
                return row ? `${row.weightedTotal} (#${row.rank})` : "–";
              },
            },
          ]}
        />
      </div>
    </section>
  );
}
