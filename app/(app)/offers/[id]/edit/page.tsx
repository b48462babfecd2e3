import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { OfferForm } from "@/components/offers/offer-form";
import { getOfferForViewer } from "@/lib/offers/read-offers";
import { getCurrentUser } from "@/lib/server/auth";
import { HttpError } from "@/lib/server/errors";

export const metadata: Metadata = { title: "Edit offer" };

export default async function EditOfferPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=/offers/${id}/edit`);
  const offer = await getOfferForViewer(user.id, id).catch((e: unknown) => {
    if (e instanceof HttpError && e.status === 404) notFound();
    throw e;
  });
  return (
    <div className="max-w-4xl">
      <h1 className="mb-6 text-2xl font-bold">
        Edit {offer.company} — {offer.role}
      </h1>
      <OfferForm initial={offer} defaults={{ level: offer.level, region: offer.region, currency: offer.currency }} />
    </div>
  );
}
