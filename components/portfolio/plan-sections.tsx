// The career plan's sections of the portfolio: plan and targets, milestones, learning, network.
import { MonthlyTable } from "@/components/plan/learning-summary";
import { TimelineTable } from "@/components/plan/timeline-table";
import { findStage, findTrack, learningCategoryName, networkKindName, stageYears } from "@/lib/plan/content";
import { formatDate, formatMonth } from "@/lib/calendar/dates";
import { formatHours } from "@/lib/plan/learning-totals";
import type { LearningOverview, NetworkItem, PlanDetail } from "@/lib/plan/types";
import { PortfolioSection } from "./portfolio-section";

export function PlanSection({ detail }: { detail: PlanDetail }) {
  const { plan, summary } = detail;
  const track = findTrack(plan.trackId);
  const stage = findStage(plan.trackId, plan.stageId);
  const horizons = [
    { h: summary.horizons[0]!, role: plan.year1Role, goals: plan.year1Goals },
    { h: summary.horizons[1]!, role: plan.years2to3Role, goals: plan.years2to3Goals },
    { h: summary.horizons[2]!, role: plan.years4to5Role, goals: plan.years4to5Goals },
  ];
  return (
    <PortfolioSection id="portfolio-plan" title="5-year career plan">
      <p className="text-sm">
        {track?.name.en} track, currently {stage?.title.en}
        {stage && stageYears(stage) ? ` (${stageYears(stage)})` : ""}. Plan from{" "}
        {formatDate(summary.window.start)} to {formatDate(summary.window.end)}.
      </p>
      <div className="mt-3 grid gap-4 sm:grid-cols-3 print:grid-cols-3">
        {horizons.map(({ h, role, goals }) => (
          <div key={h.id} className="text-sm">
            <h3 className="font-semibold">{h.label}</h3>
            <p>
              Target role: <span className="font-medium">{role || "not set"}</span>
            </p>
            <p className="text-slate-600 dark:text-slate-400">
              {h.total === 0
                ? "No milestones"
                : `${h.done} of ${h.total} milestones done (${h.percentDone} %)`}
              {h.overdue > 0 ? `, ${h.overdue} overdue` : ""}
            </p>
            {goals && <p className="mt-1 whitespace-pre-line">{goals}</p>}
          </div>
        ))}
      </div>
    </PortfolioSection>
  );
}

export function MilestonesSection({ detail }: { detail: PlanDetail }) {
  return (
    <PortfolioSection id="portfolio-milestones" title="Milestones">
      {detail.milestones.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No milestones yet.</p>
      ) : (
        <TimelineTable
          milestones={detail.milestones}
          caption={`${detail.milestones.length} milestones by target date, as of ${formatDate(detail.summary.today)}.`}
        />
      )}
    </PortfolioSection>
  );
}

export function LearningSection({ learning }: { learning: LearningOverview }) {
  const total = learning.totalsByCategory.reduce((s, c) => s + c.minutes, 0);
  return (
    <PortfolioSection id="portfolio-learning" title="Continuous learning">
      {total === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No learning hours logged yet.</p>
      ) : (
        <>
          <p className="mb-3 text-sm">
            All time:{" "}
            {learning.totalsByCategory
              .map((c) => `${learningCategoryName(c.category)} ${formatHours(c.minutes)} h`)
              .join(" · ")}
            . This month ({formatMonth(learning.currentMonth.month)}):{" "}
            {learning.currentMonth.categories
              .map(
                (c) =>
                  `${learningCategoryName(c.category)} ${formatHours(c.minutes)} of ${formatHours(c.targetMinutes)} h`,
              )
              .join(" · ")}
            .
          </p>
          <MonthlyTable
            months={learning.months.filter((m) => m.minutes > 0)}
            caption="Months with logged hours in the last 12 months (share of the monthly target)."
          />
        </>
      )}
    </PortfolioSection>
  );
}

export function NetworkSection({ items }: { items: NetworkItem[] }) {
  const status = { PLANNED: "planned", IN_PROGRESS: "in progress", DONE: "done" } as const;
  return (
    <PortfolioSection id="portfolio-network" title="Professional network plan">
      {items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No network goals yet.</p>
      ) : (
        <ul className="list-disc pl-5 text-sm">
          {items.map((i) => (
            <li key={i.id}>
              {networkKindName(i.kind)}: {i.title}
              {i.targetDate ? `, by ${formatDate(i.targetDate)}` : ""} ({status[i.status]})
            </li>
          ))}
        </ul>
      )}
    </PortfolioSection>
  );
}
