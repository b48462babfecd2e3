import { formatDate } from "@/lib/calendar/dates";
import { HORIZONS, STATUS_LABELS } from "@/lib/plan/horizons";
import type { Milestone } from "@/lib/plan/types";
import { ScrollArea } from "@/components/ui/scroll-area";

/** The timeline's data as a table (the chart's alternative for screen readers and print). */
export function TimelineTable({ milestones, caption }: { milestones: Milestone[]; caption: string }) {
  const sorted = [...milestones].sort((a, b) => a.targetDate.localeCompare(b.targetDate));
  return (
    <ScrollArea label="Milestones table">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-sm text-slate-600 dark:text-slate-400">{caption}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Target date
            </th>
            <th scope="col" className="py-2 pr-3">
              Milestone
            </th>
            <th scope="col" className="py-2 pr-3">
              Horizon
            </th>
            <th scope="col" className="py-2 pr-3">
              Status
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Progress
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((m) => (
            <tr key={m.id} className="border-b border-slate-100 dark:border-slate-800">
              <td className="py-2 pr-3 whitespace-nowrap">{formatDate(m.targetDate)}</td>
              <th scope="row" className="py-2 pr-3 font-normal">
                {m.title}
              </th>
              <td className="py-2 pr-3">{HORIZONS.find((h) => h.id === m.horizon)?.label ?? "–"}</td>
              <td className="py-2 pr-3">
                {STATUS_LABELS[m.status]}
                {m.overdue && <strong className="ml-1 text-red-700 dark:text-red-400">(overdue)</strong>}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {m.status === "DONE" ? 100 : m.progress} %
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
