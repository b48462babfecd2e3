import type { Metadata } from "next";
import { OffersSection } from "@/components/portfolio/offers-section";
import { mentorOffers } from "@/lib/mentors/mentor-reads";
import { or404, requireUser } from "@/lib/server/page";
import { MenteeHeader } from "../mentee-header";

export const metadata: Metadata = { title: "Mentee's offers" };

export default async function MentorOffersPage({ params }: { params: Promise<{ menteeId: string }> }) {
  const { menteeId } = await params;
  const user = await requireUser();
  const { mentee, scopes, offers, matrix } = await or404(mentorOffers(user.id, menteeId));
  return (
    <div>
      <MenteeHeader
        mentee={mentee}
        scopes={scopes}
        current={`/mentoring/${menteeId}/offers`}
        title="Offers"
      />
      {offers.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{mentee.name} has no offers yet.</p>
      ) : (
        <OffersSection offers={offers} matrix={matrix} />
      )}
    </div>
  );
}
