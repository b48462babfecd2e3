"use client";
import { startTransition, useEffect, useState } from "react";
import { AppLink } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";
import { afterNextFrame } from "@/lib/client/in-turn";
import { type FocusAreasData, type WeeklyTimeData } from "./bar-data";
import { FocusAreaBars, WeeklyTimeBars } from "./bar-scores";
import { ActivityCalendar } from "./calendar";
import { Card, linkClass, mutedText } from "./card";
import { ChartTable } from "./chart-table";
import { type DomainScoresData } from "./domain-data";
import { DomainScores } from "./domain-scores";
import { type CalendarDays } from "./markup";
import { type ReadinessData } from "./readiness-data";
import { ReadinessScores } from "./readiness-scores";

/**
 * The dashboard's history below the fold (readiness, domains, focus areas, time per week,
 * activity) as compact data: the numbers the charts and tables are built from, and the few
 * sentences the page words on the server. Texts are final; the series' labels come once.
 */
export type HistoryData = {
  /** Weeks in the window (the empty states say it). */
  weeks: number;
  /** The score series shown ("Self-assessment", "Practice", …) and the same as a sentence's list. */
  seriesLabels: string[];
  seriesList: string;
  /** Null while there is no score in the window. */
  scores: null | {
    /** " Latest: 6.5 (Good) in the week of 30 Nov." or "". */
    latest: string;
    readiness: ReadinessData;
    /** Each domain's label and its latest score per series, as the list above the charts says it. */
    domainLines: [label: string, text: string][];
    hasAi: boolean;
    domains: DomainScoresData;
  };
  /** Null before the first submitted answer. */
  practice: null | { total: number; mostPractised: string; areas: FocusAreasData; thisWeek: string; window: string; time: WeeklyTimeData };
  activity: { text: string; days: CalendarDays; months: [month: string, activeDays: number, answers: number][] | null };
};

/** The history's sections, drawn one per frame. */
const SECTIONS = 4;

/**
 * Rendered in the browser only, after hydration: the server's HTML and its RSC payload carry the
 * data above once, not these sections' ~480 elements (the calendar's cells among them) in the
 * HTML and again as elements in the payload (issue 20, decision 0024 session 11). Everything
 * here is below the fold and last on the page, so nothing on screen moves when it appears. Each
 * section is rendered as a transition (React splits it into short slices) and added in its own
 * frame: the browser styles and lays out one section per task, not all ~480 elements in one long
 * task on the phone's main thread (decision 0025, Session 13). `data-history` says "complete" once
 * the last is in.
 */
export function DashboardHistory({ data }: { data: HistoryData }) {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= SECTIONS) return;
    // After the next frame is drawn: the previous section's style and layout are done by then.
    return afterNextFrame(() => startTransition(() => setShown((n) => n + 1)));
  }, [shown]);
  return shown > 0 ? <History data={data} sections={shown} /> : null;
}

function History({ data, sections }: { data: HistoryData; sections: number }) {
  const { scores, practice, activity, seriesLabels, seriesList } = data;
  const lower = seriesLabels.map((l) => l.toLowerCase());
  return (
    <div className="space-y-6" data-history={sections < SECTIONS ? "loading" : "complete"}>
      <Card id="readiness-heading" title="Readiness band over time">
        {scores ? (
          <>
            <p className={`mb-2 ${mutedText}`}>
              Weekly mean of the sources you have that week ({seriesList}, equally weighted), against the guide&apos;s thresholds
              (Excellent ≥ 8.5, Good ≥ 7, Developing ≥ 5.5).
              {scores.latest}
            </p>
            <ReadinessScores
              data={scores.readiness}
              summary="Readiness by week as a table"
              caption={`Weekly readiness: ${seriesList}, combined score and band`}
              head={["Week of", ...seriesLabels, "Readiness", "Band"]}
            />
          </>
        ) : (
          <p className={mutedText}>
            No scores in the last {data.weeks} weeks. <AppLink href="/assessment" className={linkClass}>Record a self-assessment</AppLink>, score a
            practice answer or <AppLink href="/mocks" className={linkClass}>finish a mock interview</AppLink> to see your band here.
          </p>
        )}
      </Card>

      {sections > 1 && (
        <Card id="domains-heading" title="Domain scores over time">
          {scores ? (
            <>
              <p className={`mb-2 ${mutedText}`}>
                Each rubric domain by week: your self-assessment, the self-scores of your practice answers and of your mock interview answers
                in the domain&apos;s focus areas (a mock counts in the week it finished), and your mentors&apos; scores of your answers.
                {scores.hasAi && " The AI series is the newest AI review of each answer, in the week it was made."}
              </p>
              <ul className="mb-3 grid gap-1 text-sm sm:grid-cols-2">
                {scores.domainLines.map(([label, text]) => (
                  <li key={label}>
                    <span className="font-medium">{label}:</span> {text}
                  </li>
                ))}
              </ul>
              <DomainScores
                data={scores.domains}
                summary="Domain scores by week as a table"
                caption={`Weekly domain scores: ${seriesList}, with how many assessments or scored answers are behind each`}
                head={["Week of", "Domain", ...seriesLabels, `How many (${lower.join(" / ")})`]}
              />
            </>
          ) : (
            <p className={mutedText}>
              Nothing to chart yet: each self-assessment, each scored practice answer and each scored mock interview answer adds a point for
              its domain.
            </p>
          )}
        </Card>
      )}

      {sections > 2 && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card id="areas-heading" title="Attempts by focus area">
            {practice ? (
              <>
                <p className={`mb-2 ${mutedText}`}>
                  {practice.total} submitted answer{practice.total === 1 ? "" : "s"} in all. Most practised: {practice.mostPractised}.
                </p>
                <FocusAreaBars data={practice.areas} />
              </>
            ) : (
              <p className={mutedText}>
                No answers yet. <AppLink href="/questions" className={linkClass}>Pick a question from the bank</AppLink> and press “Practise this
                question”.
              </p>
            )}
          </Card>
          <Card id="time-heading" title="Time practised per week">
            {practice ? (
              <>
                <p className={`mb-2 ${mutedText}`}>
                  Answering time on the server&apos;s clock: {practice.thisWeek} this week, {practice.window} over the last {data.weeks} weeks.
                </p>
                <WeeklyTimeBars data={practice.time} />
              </>
            ) : (
              <p className={mutedText}>Your practice time shows here once you submit an answer.</p>
            )}
          </Card>
        </div>
      )}

      {sections > 3 && (
        <Card id="activity-heading" title="Activity">
          <p className={`mb-3 ${mutedText}`}>{activity.text}</p>
          <ActivityCalendar days={activity.days} />
          {activity.months && (
            <ChartTable summary="Activity by month as a table" caption="Active days and answers per month" head={["Month", "Active days", "Answers"]} rows={activity.months} />
          )}
          <p className="mt-3">
            <AppLink href="/practice/quiz" className={buttonClass("secondary")}>
              Take a quick quiz round
            </AppLink>
          </p>
        </Card>
      )}
    </div>
  );
}
