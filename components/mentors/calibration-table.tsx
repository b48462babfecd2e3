import { Badge } from "@/components/ui/badge";
import { type GapStats } from "@/lib/mentors/calibration";
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

export function CalibrationTable({
  caption,
  rows,
  head,
}: {
  caption: string;
  head: string;
  rows: ({ key: string; label: string } & GapStats)[];
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-left">
            <th className="py-2 pr-3">{head}</th>
            <th className="py-2 pr-3 text-right">Reviewed</th>
            <th className="py-2 pr-3 text-right">You</th>
            <th className="py-2 pr-3 text-right">Mentors</th>
            <th className="py-2 pr-3">Average gap</th>
            <th className="py-2">Trend</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                {r.label}
              </th>
              <td className="py-2 pr-3 text-right tabular-nums">{r.items}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{fmt2(r.selfMean)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{fmt2(r.mentorMean)}</td>
              <td className="py-2 pr-3">
                <span className="tabular-nums">{signed(r.gapMean)}</span>{" "}
                {r.flagged && <Badge tone="red">gap ≥ 2</Badge>}
                <GapBar gap={r.gapMean} flagged={r.flagged} />
              </td>
              <td className="py-2">{trendText(r.trend)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
