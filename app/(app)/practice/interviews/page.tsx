import type { Metadata } from "next";
import { InterviewList, NewInterviewForm } from "@/components/practice/interviews";
import { PracticeSubnav } from "@/components/practice/practice-subnav";
import { getProfile } from "@/lib/accounts/profile";
import { localDate } from "@/lib/practice/forecast";
import { listInterviews } from "@/lib/practice/interviews";
import { requireUser } from "@/lib/server/page";
import { CardSection } from "@/components/ui/section";

export const metadata: Metadata = { title: "Interviews" };

export default async function InterviewsPage() {
  const user = await requireUser();
  const [interviews, profile] = await Promise.all([listInterviews(user.id), getProfile(user.id)]);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Interviews</h1>
      <PracticeSubnav current="/practice/interviews" />
      <CardSection id="add-heading" title="Add an interview" gap={1} className="mb-6">
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
          Each interview, real or mock, gets the guide&apos;s before / during / after checklist to tick off.
        </p>
        <NewInterviewForm today={localDate(new Date(), profile.timeZone)} />
      </CardSection>
      <h2 className="mb-3 text-lg font-semibold">Your interviews</h2>
      {interviews.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No interviews yet. Add your next one above to start its checklist.</p>
      ) : (
        <InterviewList interviews={interviews} />
      )}
    </div>
  );
}
