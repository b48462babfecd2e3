import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { CancelLiveButton } from "@/components/live/live-actions";
import { ScheduleLiveForm } from "@/components/live/schedule-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { formatDateTimeIn } from "@/lib/calendar/date-time";
import { listLive } from "@/lib/live/live";
import { suggestedStart, utcToZoned } from "@/lib/live/time";
import { listMentorships } from "@/lib/mentors/mentorships";
import { listTemplates } from "@/lib/mocks/mocks";
import { requireUser, userTimeZone } from "@/lib/server/page";

export const metadata: Metadata = { title: "Live mock interviews" };

const statusTone = { scheduled: "indigo", live: "green", finished: "slate", cancelled: "amber" } as const;

export default async function LivePage() {
  const user = await requireUser();
  const [lives, ships, tz] = await Promise.all([listLive(user.id), listMentorships(user.id), userTimeZone(user.id)]);
  const tomorrow = suggestedStart(new Date());
  return (
    <article className="mx-auto max-w-4xl space-y-8">
      <PageHeader className="" title="Live mock interviews">
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          A mentor runs the mock with you in real time: they see your answer as you write it, send hints and follow-ups, and score each question.
          Times are in your time zone ({tz}).
        </p>
      </PageHeader>
      <Section id="live-list" title="Scheduled and past" className="space-y-3">
        {lives.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No live mocks yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {lives.map((l) => (
              <li key={l.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div>
                  <AppLink href={`/live/${l.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                    {l.title}
                  </AppLink>{" "}
                  <Badge tone={statusTone[l.status]}>{l.status}</Badge>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {formatDateTimeIn(l.scheduledAt, tz)} · {l.durationMinutes} min ·{" "}
                    {l.role === "candidate" ? `with ${l.mentor.name} as interviewer` : `interviewing ${l.candidate.name}`}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  {l.status !== "cancelled" && (
                    <a href={`/api/live/${l.id}/calendar`} className="text-sm text-indigo-700 hover:underline dark:text-indigo-300" download>
                      Add to calendar (.ics)
                    </a>
                  )}
                  {l.status === "scheduled" && <CancelLiveButton id={l.id} />}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="live-new" title="Invite a mentor" className="space-y-3">
        <ScheduleLiveForm
          mentors={ships.mentors.map((m) => ({ id: m.id, label: m.mentor.name }))}
          templates={listTemplates().map((t) => ({ id: t.id, label: t.title }))}
          timeZone={tz}
          defaultLocal={utcToZoned(tomorrow, tz)}
        />
      </Section>
    </article>
  );
}
