import { clsx } from "clsx";
import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { AiCalibration } from "@/components/feedback/ai-calibration";
import { answerColumns, CalibrationTable } from "@/components/mentors/calibration-table";
import { day, fmt2, signed } from "@/components/mentors/format";
import { MentorsSubNav } from "@/components/mentors/mentors-subnav";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CardSection } from "@/components/ui/section";
import { DataTable } from "@/components/ui/data-table";
import { getThreeVoices } from "@/lib/ai/calibration-data";
import { getCalibration } from "@/lib/mentors/calibration-data";
import { CALIBRATION_FLAG_GAP } from "@/lib/mentors/data/settings";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Calibration" };

const muted = "text-sm text-slate-600 dark:text-slate-400";

/** One figure of the overall summary: its label over the value. */
function Stat({ label, numeric = true, children }: { label: string; numeric?: boolean; children: React.ReactNode }) {
  return (
    <div>
      <dt className={muted}>{label}</dt>
      <dd className={clsx("text-xl font-semibold", numeric && "tabular-nums")}>{children}</dd>
    </div>
  );
}

type Item = Awaited<ReturnType<typeof getCalibration>>["items"][number];

function ReviewedAnswers({ items }: { items: Item[] }) {
  const { columns, rowClassName } = answerColumns<Item>(
    (p) => (
      <>
        {p.self} / {p.mentor}{" "}
        <span className={p.flagged ? "font-semibold text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}>
          ({signed(p.gap)})
        </span>
      </>
    ),
    (i) => (
      <span className="block text-xs text-slate-600 dark:text-slate-400">
        {i.mentorName}, {day(i.reviewedAt)}
      </span>
    ),
  );
  return (
    <DataTable
      caption="Each reviewed answer: your scores and the mentor's"
      label="Reviewed answers"
      rows={items}
      rowKey={(i) => `${i.attemptId}-${i.mentorName}-${i.reviewedAt}`}
      rowClassName={rowClassName}
      columns={[
        ...columns,
        {
          header: "Average gap",
          align: "right",
          className: "whitespace-nowrap",
          sort: (i) => i.gap,
          cell: (i) => (
            <>
              {signed(i.gap)} {i.flagged && <Badge tone="red">flagged</Badge>}
            </>
          ),
        },
      ]}
    />
  );
}

export default async function CalibrationPage() {
  const user = await requireUser();
  const [c, voices] = await Promise.all([getCalibration(user.id), getThreeVoices(user.id)]);
  const o = c.overall;
  return (
    <div>
      <MentorsSubNav current="/mentors/calibration" />
      <h1 className="text-2xl font-bold">Calibration: your scores against your mentors&apos;</h1>
      <p className={`mt-1 mb-6 max-w-3xl ${muted}`}>
        On every answer a mentor reviewed and you scored yourself: the gap is your score minus the
        mentor&apos;s, so a positive gap means you rated yourself higher. Gaps of {CALIBRATION_FLAG_GAP}{" "}
        points or more either way are flagged. The trend compares the later half of the reviewed answers with
        the earlier half: converging means your self-scores are getting closer to your mentors&apos;.
      </p>
      {o.items === 0 ? (
        <Card>
          <p className={muted}>
            Nothing to compare yet. Score an answer yourself, then{" "}
            <AppLink href="/practice" className="text-indigo-700 underline dark:text-indigo-300">
              ask a mentor to review it
            </AppLink>{" "}
            from the attempt page.
          </p>
        </Card>
      ) : (
        <div className="space-y-6">
          <CardSection id="overall-heading" title="Overall" gap={0}>
            <dl className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-5">
              <Stat label="Reviewed answers">{o.items}</Stat>
              <Stat label="Your average">{fmt2(o.selfMean)}</Stat>
              <Stat label="Mentors' average">{fmt2(o.mentorMean)}</Stat>
              <Stat label="Average gap">
                {signed(o.gapMean)} {o.flagged && <Badge tone="red">gap ≥ 2</Badge>}
              </Stat>
              <Stat label="Trend" numeric={false}>
                {o.trend === null ? (
                  <span className="text-sm font-normal">needs 4 reviews</span>
                ) : (
                  `${o.trend < 0 ? "Converging" : o.trend > 0 ? "Diverging" : "Steady"} (${signed(o.trend)})`
                )}
              </Stat>
            </dl>
          </CardSection>
          <CardSection id="domains-heading" title="By rubric domain" gap={2}>
            <CalibrationTable
              caption="Calibration by rubric domain"
              head="Domain"
              rows={c.domains.map((d) => ({ key: d.domain, ...d }))}
            />
          </CardSection>
          <CardSection id="points-heading" title="By evaluation point" gap={2}>
            <CalibrationTable
              caption="Calibration by evaluation point"
              head="Evaluation point"
              rows={c.points.map((p) => ({ key: p.point, ...p }))}
            />
          </CardSection>
          <CardSection id="items-heading" title="Reviewed answers" gap={2}>
            <ReviewedAnswers items={c.items} />
            <p className={`mt-2 ${muted}`}>Each cell: your score / the mentor&apos;s (gap).</p>
          </CardSection>
        </div>
      )}
      <AiCalibration voices={voices} />
    </div>
  );
}
