import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { HorizonCards } from "@/components/plan/horizon-cards";
import { LazyTimelineChart } from "@/components/plan/lazy-charts";
import { MonthProgress } from "@/components/plan/learning-summary";
import { MilestoneList } from "@/components/plan/milestone-list";
import { NetworkPlan } from "@/components/plan/network-plan";
import { NewPlanForm, PlanEditor } from "@/components/plan/plan-editor";
import { ProjectExtension } from "@/components/plan/project-extension";
import { PreparationTimeline } from "@/components/progress/timeline";
import { Section } from "@/components/plan/section";
import { TimelineTable } from "@/components/plan/timeline-table";
import { careerContent, findStage, findTrack, stageYears } from "@/lib/plan/content";
import { formatDate, formatMonth } from "@/lib/calendar/dates";
import { loadEvidenceOptions } from "@/lib/plan/evidence-source";
import { getLearningOverview } from "@/lib/plan/learning";
import { listNetworkItems } from "@/lib/plan/network";
import { getUserPlan } from "@/lib/plan/plans";
import { getProjectExtension } from "@/lib/plan/project-extension-store";
import { progressContext } from "@/lib/progress/context";
import { timelineSection } from "@/lib/progress/sections/timeline";
import { userToday } from "@/lib/calendar/today";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Career plan" };

export default async function PlanPage() {
  const user = await requireUser();
  const [detail, learning, network, today, evidenceGroups, preparation] = await Promise.all([
    getUserPlan(user.id),
    getLearningOverview(user.id, 1),
    listNetworkItems(user.id),
    userToday(user.id),
    loadEvidenceOptions(user.id),
    progressContext(user.id, new Date()).then(timelineSection),
  ]);

  if (!detail) {
    return (
      <div className="max-w-5xl">
        <h1 className="text-2xl font-bold">Your 5-year career plan</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
          Start by choosing the career track you are on and where you are now. Then set a target role for year
          1, years 2-3 and years 4-5; the guide&apos;s 5-year vision template can fill in the goals for you to
          adapt.
        </p>
        <section aria-labelledby="new-plan-heading" className="rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
          {/* The form's own headings are h3: this h2 keeps the outline in order (Lighthouse heading-order). */}
          <h2 id="new-plan-heading" className="mb-4 text-lg font-semibold">
            Start your plan
          </h2>
          <NewPlanForm today={today} />
        </section>
        <div className="mt-6">
          <PreparationTimeline timeline={preparation} headingId="preparation-heading" />
        </div>
      </div>
    );
  }

  const { plan, milestones, summary } = detail;
  const project = await getProjectExtension(user.id, plan.id);
  const dueDates = Object.fromEntries(milestones.map((m) => [m.id, m.targetDate]));
  const track = findTrack(plan.trackId);
  const stage = findStage(plan.trackId, plan.stageId);
  const overdue = milestones.filter((m) => m.overdue);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Your 5-year career plan</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {track?.name.en} · {stage?.title.en}
            {stage && stageYears(stage) ? ` (${stageYears(stage)})` : ""} · {formatDate(summary.window.start)}{" "}
            to {formatDate(summary.window.end)}
          </p>
        </div>
        <PlanEditor plan={plan} today={today} />
      </header>

      <section aria-labelledby="horizons-heading">
        {/* The cards' headings are h3: this h2 keeps the outline in order (Lighthouse heading-order). */}
        <h2 id="horizons-heading" className="sr-only">
          The plan&apos;s three horizons
        </h2>
        <HorizonCards
          horizons={summary.horizons}
          roles={{ year1: plan.year1Role, years2to3: plan.years2to3Role, years4to5: plan.years4to5Role }}
        />
      </section>

      {overdue.length > 0 && (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          <p className="font-semibold">
            {overdue.length} overdue milestone{overdue.length === 1 ? "" : "s"}: move the date, update the
            status or drop it.
          </p>
          <ul className="mt-1 list-disc pl-5">
            {overdue.map((m) => (
              <li key={m.id}>
                {m.title} (due {formatDate(m.targetDate)})
              </li>
            ))}
          </ul>
        </div>
      )}

      <Section title="Timeline" id="timeline-heading">
        {milestones.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Add milestones below to see them on the five-year timeline.
          </p>
        ) : (
          <>
            <figure aria-label="Timeline chart of your milestones; the same data is in the table below it.">
              <LazyTimelineChart milestones={milestones} summary={summary} />
            </figure>
            <details className="mt-4">
              <summary className="cursor-pointer text-sm font-medium">Timeline as a table</summary>
              <div className="mt-2">
                <TimelineTable
                  milestones={milestones}
                  caption={`Milestones by target date; today is ${formatDate(summary.today)}.`}
                />
              </div>
            </details>
          </>
        )}
      </Section>

      <Section title="Milestones" id="milestones-heading">
        <MilestoneList
          planId={plan.id}
          milestones={milestones}
          window={summary.window}
          evidenceGroups={evidenceGroups}
        />
      </Section>

      <PreparationTimeline timeline={preparation} headingId="preparation-heading" />

      <Section title="Full Project Extension" id="project-extension-heading">
        <ProjectExtension planId={plan.id} view={project} dueDates={dueDates} />
      </Section>

      <div className="grid gap-6 lg:grid-cols-2">
        <Section
          title={`Learning in ${formatMonth(learning.currentMonth.month)}`}
          id="learning-heading"
          actions={
            <AppLink
              href="/plan/learning"
              className="text-sm font-medium text-indigo-700 underline dark:text-indigo-300"
            >
              Open the learning log
            </AppLink>
          }
        >
          <MonthProgress month={learning.currentMonth} />
        </Section>
        <Section title="Professional network plan" id="network-heading">
          <NetworkPlan
            items={network}
            kinds={careerContent.networkStrategy.kinds.map((k) => ({ value: k.kind, label: k.name.en }))}
            suggestions={careerContent.networkStrategy.suggestions.map((s) => s.en)}
          />
        </Section>
      </div>
    </div>
  );
}
