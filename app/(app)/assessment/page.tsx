import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BandBadge } from "@/components/rubric/band-badge";
import { SelfAssessmentForm } from "@/components/rubric/self-assessment-form";
import { userToday } from "@/lib/accounts/today";
import { DOMAINS } from "@/lib/rubric/data";
import { listSelfAssessments } from "@/lib/rubric/self-assessments";
import { getCurrentUser } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Self-assessment" };

const KEYS = ["mlFundamentals", "deepLearning", "systemDesign", "communicationLeadership"] as const;

export default async function AssessmentPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/assessment");
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
        <div className="rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
          <SelfAssessmentForm today={today} />
        </div>
      </section>
      <section aria-labelledby="history">
        <h2 id="history" className="text-lg font-semibold">
          Your assessments
        </h2>
        {assessments.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            None yet. Record your first one to set a baseline.
          </p>
        ) : (
          <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Assessment history">
            <table className="w-full text-sm">
              <thead>
                <tr className="text-left">
                  <th className="py-2 pr-2">Date</th>
                  {DOMAINS.map((d) => (
                    <th key={d.value} className="py-2 pr-2 text-right" title={d.label}>
                      {d.label.split(" ")[0]}
                    </th>
                  ))}
                  <th className="py-2 pr-2 text-right">Overall</th>
                  <th className="py-2">Band</th>
                </tr>
              </thead>
              <tbody>
                {assessments.map((a) => (
                  <tr key={a.id} className="border-t border-slate-200 dark:border-slate-800">
                    <td className="py-2 pr-2 whitespace-nowrap">{a.assessedOn}</td>
                    {KEYS.map((k) => (
                      <td key={k} className="py-2 pr-2 text-right tabular-nums">
                        {a.scores[k]}
                      </td>
                    ))}
                    <td className="py-2 pr-2 text-right font-semibold tabular-nums">{a.overall.toFixed(2)}</td>
                    <td className="py-2">
                      <BandBadge band={a.band} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
