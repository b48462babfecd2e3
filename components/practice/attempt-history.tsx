import Link from "next/link";
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
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-4">Started</th>
            {showQuestion && <th scope="col" className="py-2 pr-4">Question</th>}
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2 pr-4">Average score</th>
            <th scope="col" className="py-2 pr-4">Key points</th>
            <th scope="col" className="py-2 pr-4">Time</th>
            <th scope="col" className="py-2"><span className="sr-only">Open</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {attempts.map((a) => (
            <tr key={a.id}>
              <td className="py-2 pr-4 whitespace-nowrap">{fmtDate(a.createdAt)}</td>
              {showQuestion && <td className="py-2 pr-4">{a.questionTitle}</td>}
              <td className="py-2 pr-4">{STATUS[a.status]}</td>
              <td className="py-2 pr-4 tabular-nums">{a.averageTenths === null ? "–" : `${(a.averageTenths / 10).toFixed(1)} / 10`}</td>
              <td className="py-2 pr-4 tabular-nums">{a.scores ? keyPointCell(a) : "–"}</td>
              <td className="py-2 pr-4 tabular-nums whitespace-nowrap">
                {a.timeSpentMs === null ? "–" : formatDuration(a.timeSpentMs)} of {formatDuration(a.allocatedSeconds * 1000)}
              </td>
              <td className="py-2">
                <Link href={`/practice/attempts/${a.id}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
                  {a.status === "in-progress" ? "Continue" : "Open"}
                  <span className="sr-only"> the attempt of {fmtDate(a.createdAt)}{showQuestion ? ` on ${a.questionTitle}` : ""}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
