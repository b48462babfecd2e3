import type { Metadata } from "next";
import { AssessmentHistory } from "@/components/rubric/assessment-history";
import { SelfAssessmentForm } from "@/components/rubric/self-assessment-form";
import { userToday } from "@/lib/calendar/today";
import { listSelfAssessments } from "@/lib/rubric/self-assessments";
import { requireUser } from "@/lib/server/page";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Self-assessment" };

export default async function AssessmentPage() {
  const user = await requireUser();
  const [today, assessments] = await Promise.all([userToday(user.id), listSelfAssessments(user.id)]);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_1fr]">
      <section aria-labelledby="new-assessment">
        <h1 id="new-assessment" className="text-2xl font-bold">
          Self-assessment
        </h1>
        <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
          Score yourself on the guide&apos;s rubric, 0-10 per domain. The descriptor beside each slider says what the
          level means; be honest, and repeat it every week or two to see your progress.
        </p>
        <Card>
          <SelfAssessmentForm today={today} />
        </Card>
      </section>
      <AssessmentHistory assessments={assessments} today={today} />
    </div>
  );
}
