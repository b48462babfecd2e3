import type { Metadata } from "next";
import { BandPlacement, CompMix } from "@/components/offers/band-mix";
import { BenefitsList } from "@/components/offers/benefits-list";
import { CompChartLazy } from "@/components/offers/comp-chart-lazy";
import { equityLabel, levelLabel, regionLabel, remoteLabel, vestingLabel } from "@/components/offers/labels";
import { NegotiablesChecklist } from "@/components/offers/negotiables-checklist";
import { OfferActions } from "@/components/offers/offer-actions";
import { ResearchAnswers } from "@/components/offers/research-answers";
import { YearTable } from "@/components/offers/year-table";
import { CardSection } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";
import { formatMoney } from "@/lib/offers/money";
import { getOfferForViewer } from "@/lib/offers/read-offers";
import { or404, requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Offer" };

export default async function OfferPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const offer = await or404(getOfferForViewer(user.id, id));
  const m = (v: number) => formatMoney(v, offer.currency);
  const e = offer.equity;
  const equityText =
    e.type === "NONE"
      ? "None"
      : e.type === "RSU_VALUE"
        ? `${equityLabel(e.type)}: ${m(e.grantValue)}`
        : e.type === "RSU_SHARES"
          ? `${e.shares.toLocaleString("en-US")} RSUs at ${m(e.sharePrice)}`
          : `${e.shares.toLocaleString("en-US")} options, strike ${m(e.strikePrice)}, fair market value ${m(e.fairMarketValue)}${
              e.fairMarketValue <= e.strikePrice ? " (under water: valued at zero)" : ""
            }`;
  return (
    <div className="space-y-6">
      <PageHeader
        className=""
        back={{ href: "/offers", label: "All offers" }}
        title={`${offer.company} — ${offer.role}`}
        actions={<OfferActions id={offer.id} company={offer.company} archived={offer.archivedAt !== null} />}
      >
        {offer.archivedAt && (
          <p className="text-sm font-medium text-amber-800 dark:text-amber-300">
            Archived: this offer stays out of the comparison unless you choose it there.
          </p>
        )}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {levelLabel(offer.level)} · {regionLabel(offer.region)}
          {offer.location ? ` · ${offer.location}` : ""} · {remoteLabel(offer.remotePolicy)} · {offer.currency}
        </p>
      </PageHeader>

      <CardSection pad="md" id="years" title="Year-by-year total compensation">
        <div className="space-y-6">
          <YearTable offer={offer} caption={`${offer.company}: total compensation in years 1-4, in ${offer.currency}.`} />
          <CompChartLazy years={offer.comp.years} currency={offer.currency} label={`Stacked chart of ${offer.company}'s total compensation by year`} />
        </div>
        <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline text-slate-500 dark:text-slate-400">Equity: </dt>
            <dd className="inline">{equityText}</dd>
          </div>
          <div>
            <dt className="inline text-slate-500 dark:text-slate-400">Vesting: </dt>
            <dd className="inline">
              {vestingLabel(offer.vesting.preset)}
              {offer.vesting.customPercents ? ` (${offer.vesting.customPercents.join(" / ")}%)` : ""}
            </dd>
          </div>
          <div>
            <dt className="inline text-slate-500 dark:text-slate-400">Signing bonus: </dt>
            <dd className="inline">
              {m(offer.signingBonus)} in month {offer.signingBonusMonth} (year {Math.ceil(offer.signingBonusMonth / 12)})
            </dd>
          </div>
          <div>
            <dt className="inline text-slate-500 dark:text-slate-400">Refresher assumed: </dt>
            <dd className="inline">{m(offer.annualRefresher)} a year from year 2</dd>
          </div>
        </dl>
      </CardSection>

      <div className="grid gap-6 lg:grid-cols-2">
        <CardSection pad="md" id="band" title="Market band">
          <BandPlacement offer={offer} />
        </CardSection>
        <CardSection pad="md" id="mix" title="Compensation mix">
          <CompMix offer={offer} />
        </CardSection>
      </div>

      <CardSection pad="md" id="benefits" title="Benefits">
        <BenefitsList offer={offer} />
      </CardSection>

      <CardSection pad="md" id="negotiables" title="Beyond base salary: negotiables">
        <NegotiablesChecklist offerId={offer.id} initial={offer.negotiables} />
      </CardSection>

      <CardSection pad="md" id="research" title="Company research">
        <ResearchAnswers offerId={offer.id} initial={offer.research} />
      </CardSection>

      <CardSection pad="md" id="notes" title="Notes">
        <p className="text-sm whitespace-pre-line">{offer.notes || "No notes yet. Edit the offer to add mentorship quality, project impact and other qualitative factors."}</p>
      </CardSection>
    </div>
  );
}
