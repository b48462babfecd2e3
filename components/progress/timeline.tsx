import { AppLink } from "@/components/ui/app-link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { formatDate } from "@/lib/calendar/dates";
import { type PhaseStatus, type Timeline, progressText } from "@/lib/plan/preparation";
import { Card, linkClass, mutedText } from "./card";

const STATUS: Record<PhaseStatus, { label: string; tone: BadgeTone }> = {
  done: { label: "Done", tone: "green" },
  behind: { label: "Behind", tone: "amber" },
  missed: { label: "Not practised", tone: "red" },
  current: { label: "Now", tone: "indigo" },
  upcoming: { label: "Upcoming", tone: "slate" },
};

export function PreparationTimeline({ timeline, headingId = "timeline-heading" }: { timeline: Timeline; headingId?: string }) {
  return (
    <Card id={headingId} title="Preparation plan">
      {timeline.state === "no-date" || timeline.state === "passed" ? (
        <div className="space-y-3">
          <p className={mutedText}>
            {timeline.state === "passed" && <>Your interview was on {formatDate(timeline.interviewOn)}. </>}
            {timeline.message}
          </p>
          <p className={mutedText}>
            The guide&apos;s plan takes 6-8 weeks: weeks 1-2 technical fundamentals, 3-4 system design and behavioural, 5-6 mock
            interviews, 7-8 company research and final preparation. With less time, PrepLoop compresses it or gives you a short
            plan with priorities.
          </p>
          <AppLink href="/profile" className={buttonClass("secondary")}>
            Set your interview date
          </AppLink>
        </div>
      ) : (
        <div>
          <p className="font-medium">
            Interview on {formatDate(timeline.interviewOn)}
            {timeline.daysLeft > 0 && ` — ${timeline.daysLeft} day${timeline.daysLeft === 1 ? "" : "s"} to go`}
          </p>
          <p className={`mt-1 ${mutedText}`}>{timeline.message}</p>
          {timeline.fit.kind !== "full" && (
            <div
              data-testid="plan-fit"
              className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
            >
              <p className="font-medium">
                {timeline.fit.kind === "compressed" ? "Compressed plan" : "Short plan with priorities"} ({timeline.fit.days} days)
              </p>
              <p className="mt-1">{timeline.fit.note}</p>
            </div>
          )}
          <ol className={`mt-4 grid gap-3 ${timeline.phases.length >= 4 ? "md:grid-cols-4" : "md:grid-cols-3"}`} aria-label="Plan phases">
            {timeline.phases.map((p) => (
              <li
                key={p.key}
                aria-current={p.status === "current" ? "step" : undefined}
                className={`rounded-md border p-3 text-sm ${p.status === "current" ? "border-indigo-500 dark:border-indigo-400" : "border-slate-200 dark:border-slate-800"}`}
              >
                <div className="flex items-center justify-between gap-2">
                  <span className="text-xs text-slate-600 dark:text-slate-400">{p.weeks}</span>
                  <Badge tone={STATUS[p.status].tone}>{STATUS[p.status].label}</Badge>
                </div>
                <p className="mt-1 font-medium">{p.title}</p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {formatDate(p.start)} – {formatDate(p.end)}
                </p>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  {p.measure === "mocks" ? `${progressText(p)} finished since the plan started.` : `${progressText(p)} in these areas since the plan started.`}
                </p>
              </li>
            ))}
          </ol>
          {timeline.next && (
            <p className="mt-4 text-sm">
              <span className="font-medium">Next: </span>
              {timeline.next.advice}{" "}
              <AppLink href={timeline.next.action.href} className={linkClass}>
                {timeline.next.action.label}
              </AppLink>
            </p>
          )}
        </div>
      )}
    </Card>
  );
}
