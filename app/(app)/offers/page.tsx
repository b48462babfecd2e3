import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { type Column, DataTable } from "@/components/ui/data-table";
import { levelLabel, regionLabel, remoteLabel } from "@/components/offers/labels";
import { formatMoney } from "@/lib/offers/money";
import type { OfferView } from "@/lib/offers/offer-view";
import { listOffersForViewer } from "@/lib/offers/read-offers";
import { OffersSubnav } from "./offers-subnav";
import { requireUser } from "@/lib/server/page";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Offers" };

const BAND_TEXT = { below: "Below band", within: "Within band", above: "Above band" } as const;

function OfferCard({ o, heading: Heading = "h2" }: { o: OfferView; heading?: "h2" | "h3" }) {
  return (
    <Card as="li" pad="md">
      <Heading className="text-lg font-semibold">
        <AppLink href={`/offers/${o.id}`} className="hover:underline">
          {o.company} — {o.role}
        </AppLink>
        {o.archivedAt && (
          <span className="ml-2 align-middle">
            <Badge>Archived</Badge>
          </span>
        )}
      </Heading>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {levelLabel(o.level)} · {regionLabel(o.region)}
        {o.location ? ` · ${o.location}` : ""} · {remoteLabel(o.remotePolicy)}
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
        <div>
          <dt className="text-slate-500 dark:text-slate-400">4-year total</dt>
          <dd className="font-semibold tabular-nums">{formatMoney(o.comp.fourYearTotal, o.currency)}</dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">Annualised</dt>
          <dd className="font-semibold tabular-nums">{formatMoney(o.comp.annualised, o.currency)}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-slate-500 dark:text-slate-400">Against the guide&apos;s 2025 estimate</dt>
          <dd>
            {o.band.status === "no_band"
              ? "No estimate for this region and level"
              : o.band.status === "other_currency"
                ? `Estimate is in ${o.band.currency}; not compared`
                : `${BAND_TEXT[o.band.status]} (${o.band.label})`}
          </dd>
        </div>
      </dl>
    </Card>
  );
}

export default async function OffersPage() {
  const user = await requireUser();
  const offers = await listOffersForViewer(user.id);
  const active = offers.filter((o) => !o.archivedAt);
  const archived = offers.filter((o) => o.archivedAt);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Offers</h1>
        <AppLink href="/offers/new" className={buttonClass("primary")}>
          Add an offer
        </AppLink>
      </div>
      <OffersSubnav current="/offers" />
      {offers.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <h2 className="text-lg font-semibold">No offers yet</h2>
          <p className="mx-auto mt-2 max-w-xl text-sm text-slate-600 dark:text-slate-400">
            Start by adding an offer: base salary, bonus, signing bonus and equity. PrepLoop works out the total compensation for each of
            the first four years, places it against the guide&apos;s 2025 market estimates, and lets you compare offers with a weighted
            matrix.
          </p>
          <AppLink href="/offers/new" className={buttonClass("primary", "mt-4")}>
            Add your first offer
          </AppLink>
        </div>
      ) : (
        <>
          <ul className="grid gap-4 md:grid-cols-2" aria-label="Active offers">
            {active.map((o) => (
              <OfferCard key={o.id} o={o} />
            ))}
          </ul>
          {archived.length > 0 && (
            <section aria-labelledby="archived-offers" className="mt-8">
              <h2 id="archived-offers" className="mb-1 text-lg font-semibold">
                Archived offers
              </h2>
              <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
                They stay out of the comparison unless you choose them there. Open one to bring it back.
              </p>
              <ul className="grid gap-4 md:grid-cols-2" aria-label="Archived offers">
                {archived.map((o) => (
                  <OfferCard key={o.id} o={o} heading="h3" />
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="by-year" className="mt-10">
            <h2 id="by-year" className="mb-3 text-lg font-semibold">
              Total compensation by year
            </h2>
            <DataTable
              caption="Total compensation by year for each offer"
              rows={offers}
              rowKey={(o) => o.id}
              columns={[
                { header: "Offer", rowHeader: true, cell: (o) => o.company, sort: (o) => o.company, className: "font-normal" },
                ...[0, 1, 2, 3].map(
                  (i): Column<OfferView> => ({
                    header: `Year ${i + 1}`,
                    align: "right",
                    cell: (o) => (o.comp.years[i] ? formatMoney(o.comp.years[i].total, o.currency) : "–"),
                    sort: (o) => o.comp.years[i]?.total,
                  }),
                ),
                {
                  header: "4 years",
                  align: "right",
                  className: "font-semibold",
                  cell: (o) => formatMoney(o.comp.fourYearTotal, o.currency),
                  sort: (o) => o.comp.fourYearTotal,
                },
                { header: "Annualised", align: "right", cell: (o) => formatMoney(o.comp.annualised, o.currency), sort: (o) => o.comp.annualised },
              ]}
            />
            <p className="mt-4 text-sm">
              <AppLink href="/offers/compare" className="font-medium text-indigo-700 underline dark:text-indigo-300">
                Compare them with the weighted matrix
              </AppLink>
            </p>
          </section>
        </>
      )}
    </div>
  );
}
