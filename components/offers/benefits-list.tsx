// The guide's benefits checklist of one offer, read-only (the offer page), and the same items
// across the compared offers (the comparison page).
import { type Column, DataTable } from "@/components/ui/data-table";
import { BENEFIT_ITEMS, type Benefits, benefitSummary, benefitsCount } from "@/lib/offers/benefit-items";

type BenefitItem = (typeof BENEFIT_ITEMS)[number];
type OfferBenefits = { id: string; label: string; currency: string; retirementMatchPercent: number; benefits: Benefits };

export function BenefitsList({ offer }: { offer: Omit<OfferBenefits, "id" | "label"> }) {
  return (
    <div>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        {benefitsCount(offer.benefits)} of the guide&apos;s {BENEFIT_ITEMS.length} benefits included.
      </p>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2" aria-label="Benefits checklist">
        {BENEFIT_ITEMS.map((item) => (
          <div key={item.key}>
            <dt className="inline text-slate-500 dark:text-slate-400">{item.label}: </dt>
            <dd className="inline">{benefitSummary(item.key, offer.benefits[item.key], offer)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function BenefitsComparison({ offers }: { offers: OfferBenefits[] }) {
  return (
    <DataTable
      caption="The guide's benefits checklist, offer by offer."
      label="Benefits by offer"
      rows={BENEFIT_ITEMS}
      rowKey={(item) => item.key}
      rowClassName={() => "align-top"}
      columns={[
        { header: "Benefit", rowHeader: true, cell: (item) => item.label },
        ...offers.map(
          (o): Column<BenefitItem> => ({ header: o.label, cell: (item) => benefitSummary(item.key, o.benefits[item.key], o) }),
        ),
      ]}
      footer={["Included", ...offers.map((o) => `${benefitsCount(o.benefits)} of ${BENEFIT_ITEMS.length}`)]}
    />
  );
}
