import { AppLink } from "@/components/ui/app-link";
import { type Column, DataTable } from "@/components/ui/data-table";
import { type AttemptSummary } from "@/lib/practice/attempts";
import { formatDuration } from "@/lib/practice/timer";
import { countTicked } from "@/lib/questions/key-points";

/** "2 of 3" must-haves covered, "+1 bonus" when bonus points were ticked too. */
function keyPointCell(a: Pick<AttemptSummary, "keyPointsCovered" | "keyPointCount" | "bonusPointCount">) {
  const c = countTicked(a.keyPointsCovered, a.keyPointCount, a.bonusPointCount);
  return `${c.must} of ${a.keyPointCount}${c.bonus ? ` +${c.bonus} bonus` : ""}`;
}

const STATUS = { "in-progress": "In progress", submitted: "Submitted, not scored", scored: "Scored" } as const;

const fmtDate = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Past attempts as a table: date, status, average score, key points, time spent vs allocated. */
export function AttemptHistory({ attempts, showQuestion = false, caption }: { attempts: AttemptSummary[]; showQuestion?: boolean; caption: string }) {
  const columns: Column<AttemptSummary>[] = [
    { header: "Started", cell: (a) => fmtDate(a.createdAt), sort: (a) => a.createdAt, className: "whitespace-nowrap" },
    ...(showQuestion ? [{ header: "Question", cell: (a: AttemptSummary) => a.questionTitle, sort: (a: AttemptSummary) => a.questionTitle }] : []),
    { header: "Status", cell: (a) => STATUS[a.status], sort: (a) => STATUS[a.status] },
    {
      header: "Average score",
      className: "tabular-nums",
      cell: (a) => (a.averageTenths === null ? "–" : `${(a.averageTenths / 10).toFixed(1)} / 10`),
      sort: (a) => a.averageTenths,
    },
    { header: "Key points", className: "tabular-nums", cell: (a) => (a.scores ? keyPointCell(a) : "–") },
    {
      header: "Time",
      className: "tabular-nums whitespace-nowrap",
      cell: (a) => `${a.timeSpentMs === null ? "–" : formatDuration(a.timeSpentMs)} of ${formatDuration(a.allocatedSeconds * 1000)}`,
      sort: (a) => a.timeSpentMs,
    },
    {
      header: "Open",
      hideHeader: true,
      cell: (a) => (
        <AppLink href={`/practice/attempts/${a.id}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
          {a.status === "in-progress" ? "Continue" : "Open"}
          <span className="sr-only">{` the attempt of ${fmtDate(a.createdAt)}${showQuestion ? ` on ${a.questionTitle}` : ""}`}</span>
        </AppLink>
      ),
    },
  ];
  return <DataTable caption={caption} label="Attempt history" rows={attempts} rowKey={(a) => a.id} columns={columns} />;
}
