import { formatDate } from "@/lib/calendar/dates";
import { HORIZONS, STATUS_LABELS } from "@/lib/plan/horizons";
import type { Milestone } from "@/lib/plan/types";
import { DataTable } from "@/components/ui/data-table";

const progressOf = (m: Milestone) => (m.status === "DONE" ? 100 : m.progress);
const horizonOf = (m: Milestone) => HORIZONS.find((h) => h.id === m.horizon)?.label ?? "–";

/** The timeline's data as a table (the chart's alternative for screen readers and print). */
export function TimelineTable({ milestones, caption }: { milestones: Milestone[]; caption: string }) {
  const sorted = [...milestones].sort((a, b) => a.targetDate.localeCompare(b.targetDate));
  return (
    <DataTable
      caption={caption}
      showCaption
      label="Milestones table"
      rows={sorted}
      rowKey={(m) => m.id}
      columns={[
        { header: "Target date", cell: (m) => formatDate(m.targetDate), sort: (m) => m.targetDate, className: "whitespace-nowrap" },
        { header: "Milestone", rowHeader: true, cell: (m) => m.title, sort: (m) => m.title },
        { header: "Horizon", cell: horizonOf, sort: (m) => HORIZONS.findIndex((h) => h.id === m.horizon) },
        {
          header: "Status",
          sort: (m) => STATUS_LABELS[m.status],
          cell: (m) => (
            <>
              {STATUS_LABELS[m.status]}
              {m.overdue && <strong className="ml-1 text-red-700 dark:text-red-400">(overdue)</strong>}
            </>
          ),
        },
        { header: "Progress", align: "right", cell: (m) => `${progressOf(m)} %`, sort: progressOf },
      ]}
    />
  );
}
