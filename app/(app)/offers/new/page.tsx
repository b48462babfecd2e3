import type { Metadata } from "next";
import { OfferForm } from "@/components/offers/offer-form";
import { getProfile } from "@/lib/accounts/profile";
import { MARKET_BANDS } from "@/lib/offers/data/market-bands";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Add an offer" };

export default async function NewOfferPage() {
  const user = await requireUser();
  const profile = await getProfile(user.id);
  const region = profile.region ?? "UNITED_STATES";
  // Start in the currency of the profile region's market band, when it has one.
  const currency = MARKET_BANDS.find((b) => b.region === region)?.currency ?? "USD";
  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold">Add an offer</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Enter amounts as they appear in the offer letter. Level and region start from your profile.
      </p>
      <OfferForm defaults={{ level: profile.targetLevel ?? "SENIOR", region, currency }} />
    </div>
  );
}
