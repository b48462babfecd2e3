import type { Metadata } from "next";
import { LazyLearningChart } from "@/components/plan/lazy-learning-chart";
import { LearningEntries } from "@/components/plan/learning-entries";
import { LearningForm } from "@/components/plan/learning-form";
import { MonthProgress, MonthlyTable } from "@/components/plan/learning-summary";
import { Section } from "@/components/plan/section";
import { careerContent } from "@/lib/plan/content";
import { formatMonth } from "@/lib/calendar/dates";
import { getLearningOverview } from "@/lib/plan/learning";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Learning log" };

export default async function LearningPage() {
  const user = await requireUser();
  const learning = await getLearningOverview(user.id, 12);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Learning log</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          The guide&apos;s continuous learning strategy: each month, 20 hours on technical skills, 10 on soft
          skills and 10 on industry knowledge.
        </p>
      </div>
      <Section title="Log learning hours" id="log-heading">
        <LearningForm today={learning.today} />
      </Section>
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <Section title={`This month (${formatMonth(learning.currentMonth.month)})`} id="month-heading">
          <MonthProgress month={learning.currentMonth} />
        </Section>
        <Section title="Hours by month" id="chart-heading">
          <figure aria-label="Bar chart of hours by month and category against the monthly targets; the same data is in the table below it.">
            <LazyLearningChart months={learning.months} />
          </figure>
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium">Hours by month as a table</summary>
            <div className="mt-2">
              <MonthlyTable
                months={learning.months}
                caption="Hours per category and month, with the share of the monthly target."
              />
            </div>
          </details>
        </Section>
      </div>
      <Section title="Recent entries" id="entries-heading">
        <LearningEntries entries={learning.recent} />
      </Section>
      <Section title="What to spend the hours on" id="ideas-heading">
        <div className="grid gap-4 md:grid-cols-3">
          {careerContent.learningStrategy.map((l) => (
            <div key={l.category}>
              <h3 className="font-medium">
                {l.name.en} ({l.monthlyHours} h a month)
              </h3>
              <ul className="mt-1 list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
                {l.activities.map((a) => (
                  <li key={a.en}>{a.en}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>
    </div>
  );
}
