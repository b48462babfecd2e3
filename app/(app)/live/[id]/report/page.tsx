import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTimeIn } from "@/lib/calendar/date-time";
import { liveReport } from "@/lib/live/live";
import { EVALUATION_POINTS } from "@/lib/practice/data/evaluation";
import { BACK_TO_LIVE, loadForViewer } from "../room-page";

export const metadata: Metadata = { title: "Live mock report" };

export default async function LiveReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: r, timeZone: tz } = await loadForViewer((viewerId) => liveReport(viewerId, id));
  const bySlot = new Map(r.assessments.map((a) => [a.slot, a]));
  return (
    <article className="mx-auto max-w-5xl space-y-6">
      <PageHeader className="" back={BACK_TO_LIVE} title={`${r.live.title}: live report`} />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Interviewer {r.live.mentor.name} · candidate {r.live.candidate.name} · {formatDateTimeIn(r.report.startedAt, tz)}
        {r.live.role === "candidate" && r.live.mockId && (
          <>
            {" "}
            ·{" "}
            <AppLink href={`/mocks/${r.live.mockId}/report`} className="text-indigo-700 hover:underline dark:text-indigo-300">
              Your full mock report (self-scoring, model answers)
            </AppLink>
          </>
        )}
      </p>
      <section aria-labelledby="live-scores">
        <h2 id="live-scores" className="mb-2 text-lg font-semibold">
          Questions and the interviewer&apos;s live scores
        </h2>
        <ol className="space-y-3" data-testid="live-report-questions">
          {r.report.questions.map((q) => {
            const a = bySlot.get(q.slot);
            return (
              <li key={q.slot} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <p className="font-medium">
                  {q.slot + 1}. {q.title}
                </p>
                {a?.scores ? (
                  <p className="mt-1 text-sm">{EVALUATION_POINTS.map((p) => `${p.label} ${a.scores![p.field]}`).join(" · ")}</p>
                ) : (
                  <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">Not scored live.</p>
                )}
                {a?.note && (
                  <p className="mt-1 whitespace-pre-wrap text-sm">
                    <span className="font-medium">{r.live.role === "mentor" && !a.shared ? "Private note" : "Interviewer's note"}:</span> {a.note}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="live-followups">
        <h2 id="live-followups" className="mb-2 text-lg font-semibold">
          Follow-ups and hints
        </h2>
        {r.followUps.length === 0 ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">None.</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {r.followUps.map((f) => (
              <li key={f.at + f.text}>
                {f.kind === "hint" ? "Hint" : "Follow-up"}
                {f.slot !== null ? ` (question ${f.slot + 1})` : ""}: {f.text}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="live-timeline">
        <h2 id="live-timeline" className="mb-2 text-lg font-semibold">
          Timeline
        </h2>
        <ol className="text-sm">
          {r.timeline.map((t, i) => (
            <li key={i}>
              {formatDateTimeIn(t.at, tz)}: {timelineLabel(t)}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function timelineLabel(t: { kind: string; detail: Record<string, unknown> }) {
  if (t.kind === "page") return t.detail.state === "left" ? "the candidate left the page (clock paused)" : "the candidate came back";
  const by = t.detail.by === "candidate" ? ", by the candidate" : "";
  return typeof t.detail.action === "string" ? `${t.kind} (${t.detail.action}${by})` : t.kind;
}
