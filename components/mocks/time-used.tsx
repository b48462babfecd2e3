import { LazyTimeUsedChart } from "@/components/mocks/lazy-report-charts";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { type MockReport } from "@/lib/mocks/report";
import { formatDuration } from "@/lib/practice/timer";

type Stage = MockReport["time"][number];

const usedText = (t: Stage) => (t.usedMs === 0 && t.kind === "block" ? "not reached" : formatDuration(t.usedMs));

/** A mock's time used against time allocated (its report card): the chart of its blocks and the table of every block and break. */
export function TimeUsed({ time }: { time: Stage[] }) {
  return (
    <Card as="section" aria-labelledby="time-heading">
      <h2 id="time-heading" className="mb-2 text-lg font-semibold">
        Time used against time allocated
      </h2>
      <LazyTimeUsedChart
        data={time
          .filter((t) => t.kind === "block")
          .map((t) => ({ label: t.label.split(":")[0]!, usedMinutes: t.usedMs / 60_000, allocatedMinutes: t.allocatedMs / 60_000 }))}
      />
      <div className="mt-2">
        <DataTable
          caption="Time used and allocated per block and break"
          label="Time per block"
          rows={time.map((t, i) => ({ ...t, key: String(i) }))}
          rowKey={(t) => t.key}
          rowClassName={(t) => (t.kind === "break" ? "text-slate-500 dark:text-slate-400" : undefined)}
          columns={[
            { header: "Block", cell: (t) => t.label },
            { header: "Used", className: "tabular-nums", cell: usedText },
            { header: "Allocated", className: "tabular-nums", cell: (t) => formatDuration(t.allocatedMs) },
          ]}
        />
      </div>
    </Card>
  );
}
