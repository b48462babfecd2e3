// The guide's benefits checklist of one offer, read-only (the offer page), and the same items
// across the compared offers (the comparison page).
import { BENEFIT_ITEMS, type Benefits, benefitSummary, benefitsCount } from "@/lib/offers/benefits";

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
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Benefits by offer">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">The guide&apos;s benefits checklist, offer by offer.</caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th scope="col" className="py-2 pr-3 font-medium">
              Benefit
            </th>
            {offers.map((o) => (
              <th key={o.id} scope="col" className="py-2 pr-3 font-medium">
                {o.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {BENEFIT_ITEMS.map((item) => (
            <tr key={item.key} className="border-b border-slate-100 align-top dark:border-slate-800">
              <th scope="row" className="py-2 pr-3 font-medium">
                {item.label}
              </th>
              {offers.map((o) => (
                <td key={o.id} className="py-2 pr-3">
                  {benefitSummary(item.key, o.benefits[item.key], o)}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-2 pr-3 font-medium">
              Included
            </th>
            {offers.map((o) => (
              <td key={o.id} className="py-2 pr-3">
                {benefitsCount(o.benefits)} of {BENEFIT_ITEMS.length}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
