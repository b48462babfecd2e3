import type { Metadata } from "next";
import { OfferForm } from "@/components/offers/offer-form";
import { getOfferForViewer } from "@/lib/offers/read-offers";
import { or404, requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Edit offer" };

export default async function EditOfferPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const offer = await or404(getOfferForViewer(user.id, id));
  return (
    <div className="max-w-4xl">
      <h1 className="mb-6 text-2xl font-bold">
        Edit {offer.company} — {offer.role}
      </h1>
      <OfferForm initial={offer} defaults={{ level: offer.level, region: offer.region, currency: offer.currency }} />
    </div>
  );
}
