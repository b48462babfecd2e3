import type { Metadata } from "next";
import { fmt2 } from "@/components/mentors/format";
import { AssessmentSection } from "@/components/portfolio/assessment-section";
import { BandBadge } from "@/components/rubric/band-badge";
import { CardSection } from "@/components/ui/section";
import { type Column, DataTable } from "@/components/ui/data-table";
import { mentorProgress } from "@/lib/mentors/mentor-reads";
import { or404, requireUser } from "@/lib/server/page";
import { MenteeHeader } from "../mentee-header";

export const metadata: Metadata = { title: "Mentee's progress" };

export default async function MentorProgressPage({ params }: { params: Promise<{ menteeId: string }> }) {
  const { menteeId } = await params;
  const user = await requireUser();
  const { mentee, scopes, progress: p, assessments } = await or404(mentorProgress(user.id, menteeId));
  const latest = p.readiness.latest;
  const first = mentee.name.split(" ")[0];
  return (
    <div className="space-y-6">
      <MenteeHeader
        mentee={mentee}
        scopes={scopes}
        current={`/mentoring/${menteeId}/progress`}
        title="Progress"
      />
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-label="What this page shows">
        This page follows what {first} shares: self-assessments and your own reviews
        {p.practice ? ", practice self-scores and time" : ""}
        {p.mocks ? ", mock interview scores" : ""}.
        {p.withheld.length > 0 &&
          ` Not shown: ${p.withheld.map((w) => `${w.label.toLowerCase()} (needs “${w.needs}”)`).join(", ")}.`}{" "}
        Other mentors’ reviews are never shown.
      </p>
      <CardSection id="readiness-heading" title="Readiness" gap={0}>
        {latest ? (
          <p className="mt-2 flex flex-wrap items-center gap-2">
            <span className="text-2xl font-bold tabular-nums">{latest.score.toFixed(2)}</span> / 10{" "}
            <BandBadge band={latest.band} /> week of {latest.week}
          </p>
        ) : (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">No scores in the last 26 weeks.</p>
        )}
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          The mean of the series shown here: {p.series.map((s) => s.label.toLowerCase()).join(", ")}.
        </p>
        {p.practice && (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Streak {p.practice.streak.current} days (longest {p.practice.streak.longest}) ·{" "}
            {p.practice.totalMinutes} minutes of practice answers in 26 weeks
            {p.practice.includesMockAnswers ? " (mock answers included)" : ""}
          </p>
        )}
        {p.mocks && (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {p.mocks.finished} mock interview{p.mocks.finished === 1 ? "" : "s"} finished
          </p>
        )}
      </CardSection>
      <CardSection id="domains-heading" title="Latest score per domain" gap={2}>
        <DataTable
          caption={`${first}'s latest score per rubric domain`}
          label="Latest score per domain"
          rows={p.domains}
          rowKey={(d) => d.domain}
          columns={[
            { header: "Domain", rowHeader: true, cell: (d) => d.label, sort: (d) => d.label },
            ...p.series.map(
              (s): Column<(typeof p.domains)[number]> => ({
                header: s.label,
                className: "tabular-nums",
                cell: (d) => fmt2(d.latest[s.key]),
                sort: (d) => d.latest[s.key],
              }),
            ),
          ]}
        />
      </CardSection>
      {p.practice && (
        <CardSection id="areas-heading" title="Weakest focus areas" gap={2}>
          {p.practice.weakest.areas.every((a) => a.scored === 0) ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">Not enough scored practice yet.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6 text-sm">
              {p.practice.weakest.areas
                .filter((a) => a.scored > 0)
                .map((a) => (
                  <li key={a.focusArea}>
                    {a.label}: {fmt2(a.mean)} over {a.scored} scored answers
                  </li>
                ))}
            </ul>
          )}
        </CardSection>
      )}
      {assessments.length > 0 ? (
        <AssessmentSection assessments={assessments} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">No self-assessments yet.</p>
      )}
    </div>
  );
}
