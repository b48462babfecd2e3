import { AppLink } from "@/components/ui/app-link";
import { type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import { type GapStats } from "@/lib/mentors/calibration";
import { DOMAINS, type DomainValue, EVALUATION_POINTS, type EvaluationPoint } from "@/lib/rubric/data";
import { fmt2, signed } from "./format";

function trendText(t: number | null) {
  if (t === null) return "needs 4 reviews";
  if (t < 0) return `converging (${signed(t)})`;
  if (t > 0) return `diverging (${signed(t)})`;
  return "steady";
}

/** Gap bar: centred at 0, ±5 points to the edges; flagged gaps in red. */
function GapBar({ gap, flagged }: { gap: number | null; flagged: boolean }) {
  if (gap === null) return null;
  const w = Math.min(50, (Math.abs(gap) / 5) * 50);
  return (
    <div aria-hidden="true" className="relative mt-1 h-2 w-32 rounded bg-slate-100 dark:bg-slate-800">
      <div className="absolute top-0 left-1/2 h-2 w-px bg-slate-400" />
      <div
        className={`absolute top-0 h-2 rounded ${flagged ? "bg-red-500" : "bg-indigo-500"}`}
        style={{ width: `${w}%`, left: gap >= 0 ? "50%" : `${50 - w}%` }}
      />
    </div>
  );
}

/** A signed mean gap, flagged at 2 points or more; "–" with nothing to compare. */
function Gap({ g, bar }: { g: GapStats; bar?: boolean }) {
  if (g.items === 0) return <>–</>;
  return (
    <>
      <span className="tabular-nums">{signed(g.gapMean)}</span> {g.flagged && <Badge tone="red">gap ≥ 2</Badge>}
      {bar && <GapBar gap={g.gapMean} flagged={g.flagged} />}
    </>
  );
}

type Labelled = { key: string; label: string };

/** The columns the calibration tables share (mentor calibration and the AI's third voice), typed for rows T. */
function calibrationColumns<T extends Labelled>() {
  return {
    label: (header: string): Column<T> => ({ header, rowHeader: true, cell: (r) => r.label, sort: (r) => r.label }),
    count: (header: string, get: (r: T) => number): Column<T> => ({ header, align: "right", cell: get, sort: get }),
    mean: (header: string, get: (r: T) => number | null): Column<T> => ({
      header,
      align: "right",
      cell: (r) => fmt2(get(r)),
      sort: get,
    }),
    gap: (header: string, get: (r: T) => GapStats, bar?: boolean): Column<T> => ({
      header,
      cell: (r) => <Gap g={get(r)} bar={bar} />,
      sort: (r) => get(r).gapMean,
    }),
  };
}

export type LabelledColumns<T extends Labelled> = ReturnType<typeof calibrationColumns<T>>;

type ReviewedAnswer = {
  attemptId: string;
  questionTitle: string;
  domain: DomainValue | null;
  points: { point: EvaluationPoint }[];
  flagged: boolean;
};

/** The columns of a table of reviewed answers (one cell per evaluation point) and its row shading for flagged answers. */
export function answerColumns<T extends ReviewedAnswer>(
  pointCell: (p: T["points"][number]) => ReactNode,
  under?: (r: T) => ReactNode,
): { columns: Column<T>[]; rowClassName: (r: T) => string | undefined } {
  const domainOf = (r: T) => DOMAINS.find((d) => d.value === r.domain)?.label ?? "–";
  return {
    columns: [
      {
        header: "Answer",
        sort: (r) => r.questionTitle,
        cell: (r) => (
          <>
            <AppLink href={`/practice/attempts/${r.attemptId}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
              {r.questionTitle}
            </AppLink>
            {under?.(r)}
          </>
        ),
      },
      { header: "Domain", cell: domainOf, sort: domainOf },
      ...EVALUATION_POINTS.map(
        (e): Column<T> => ({
          header: e.label,
          align: "right",
          className: "whitespace-nowrap",
          cell: (r) => {
            const p = r.points.find((x) => x.point === e.value);
            return p ? pointCell(p) : "–";
          },
        }),
      ),
    ],
    rowClassName: (r) => (r.flagged ? "bg-red-50 dark:bg-red-950/40" : undefined),
  };
}

/** A table of labelled rows (a domain, a point, a question type): the label column, then `columns`. */
export function LabelledTable<T extends Labelled>({
  caption,
  head,
  rows,
  columns,
}: {
  caption: string;
  head: string;
  rows: T[];
  columns: (c: LabelledColumns<T>) => Column<T>[];
}) {
  const c = calibrationColumns<T>();
  return <DataTable caption={caption} rows={rows} rowKey={(r) => r.key} columns={[c.label(head), ...columns(c)]} />;
}

const calibrationTableColumns = (c: LabelledColumns<Labelled & GapStats>) => [
  c.count("Reviewed", (r) => r.items),
  c.mean("You", (r) => r.selfMean),
  c.mean("Mentors", (r) => r.mentorMean),
  c.gap("Average gap", (r) => r, true),
  { header: "Trend", cell: (r: GapStats) => trendText(r.trend), sort: (r: GapStats) => r.trend },
];

export function CalibrationTable(props: { caption: string; head: string; rows: (Labelled & GapStats)[] }) {
  return <LabelledTable {...props} columns={calibrationTableColumns} />;
}
