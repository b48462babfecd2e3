import type { Metadata } from "next";
import { MilestonesSection, PlanSection } from "@/components/portfolio/plan-sections";
import { mentorPlan } from "@/lib/mentors/mentor-reads";
import { or404, requireUser } from "@/lib/server/page";
import { MenteeHeader } from "../mentee-header";

export const metadata: Metadata = { title: "Mentee's career plan" };

export default async function MentorPlanPage({ params }: { params: Promise<{ menteeId: string }> }) {
  const { menteeId } = await params;
  const user = await requireUser();
  const { mentee, scopes, plan } = await or404(mentorPlan(user.id, menteeId));
  return (
    <div className="space-y-6">
      <MenteeHeader
        mentee={mentee}
        scopes={scopes}
        current={`/mentoring/${menteeId}/plan`}
        title="Career plan"
      />
      {plan ? (
        <>
          <PlanSection detail={plan} />
          <MilestonesSection detail={plan} />
        </>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {mentee.name} has not made a career plan yet.
        </p>
      )}
    </div>
  );
}
