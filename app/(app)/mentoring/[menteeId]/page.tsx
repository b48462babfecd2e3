import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { day, fmt2 } from "@/components/mentors/format";
import { StopMentoring } from "@/components/mentors/stop-mentoring";
import { Badge } from "@/components/ui/badge";
import { CardSection } from "@/components/ui/section";
import { menteeOverview } from "@/lib/mentors/mentor-reads";
import { SCOPES } from "@/lib/mentors/scopes";
import { or404, requireUser } from "@/lib/server/page";
import { MenteeHeader } from "./mentee-header";

export const metadata: Metadata = { title: "Mentee" };

const muted = "text-sm text-slate-600 dark:text-slate-400";
const link = "text-indigo-700 hover:underline dark:text-indigo-300";

export default async function MenteePage({ params }: { params: Promise<{ menteeId: string }> }) {
  const { menteeId } = await params;
  const user = await requireUser();
  const o = await or404(menteeOverview(user.id, menteeId));
  const base = `/mentoring/${menteeId}`;
  return (
    <div>
      <MenteeHeader
        mentee={o.mentee}
        scopes={o.scopes}
        current={base}
        title={`${o.mentee.name}: shared with you`}
      />
      <p className={`mb-6 ${muted}`}>
        Shares:{" "}
        {SCOPES.filter((s) => o.scopes[s.key])
          .map((s) => s.label.toLowerCase())
          .join(", ") || "nothing by default; only items sent to you for review"}
        .
      </p>
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <CardSection id="attempts-heading" title="Practice answers">
          {o.attempts.length === 0 ? (
            <p className={muted}>None shared.</p>
          ) : (
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {o.attempts.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <div>
                    <AppLink href={`${base}/attempts/${a.id}`} className={link}>
                      {a.title}
                    </AppLink>
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      {a.submittedAt ? day(a.submittedAt) : ""} · self-score {fmt2(a.selfAverage)}
                    </span>
                  </div>
                  <span className="flex gap-1">
                    {a.requested && <Badge tone="indigo">review requested</Badge>}
                    {a.reviewed && <Badge tone="green">reviewed</Badge>}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </CardSection>
        <CardSection id="mocks-heading" title="Mock interviews">
          {o.mocks.length === 0 ? (
            <p className={muted}>None shared.</p>
          ) : (
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {o.mocks.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <div>
                    <AppLink href={`${base}/mocks/${m.id}`} className={link}>
                      {m.title}
                    </AppLink>
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      {m.finishedAt ? `finished ${day(m.finishedAt)}` : ""}
                    </span>
                  </div>
                  {m.requested && <Badge tone="indigo">review requested</Badge>}
                </li>
              ))}
            </ul>
          )}
        </CardSection>
      </div>
      <div className="mt-8">
        <StopMentoring mentorshipId={o.mentorshipId} menteeName={o.mentee.name} />
      </div>
    </div>
  );
}
