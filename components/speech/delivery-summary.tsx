// Delivery per session of a mock interview (issue 18): speaking time, long pauses and pace of
// the recorded answers (lib/speech/delivery-summary.ts). Server-rendered; shown on the
// candidate's report and on the mentor's view of the mock.
import { type Column, DataTable } from "@/components/ui/data-table";
import { type SessionDelivery } from "@/lib/speech/delivery-summary";
import { formatDuration } from "@/lib/practice/timer";

export function DeliverySummary({ rows, sessionTitle }: { rows: SessionDelivery[]; sessionTitle: (index: number) => string }) {
  const columns: Column<SessionDelivery>[] = [
    { header: "Session", rowHeader: true, cell: (r) => (r.sessionIndex === null ? "Whole mock" : sessionTitle(r.sessionIndex)) },
    { header: "Recorded answers", cell: (r) => `${r.recorded} of ${r.answers}` },
    { header: "Speaking time", align: "right", cell: (r) => <span data-testid={`speaking-${r.sessionIndex ?? "all"}`}>{formatDuration(r.speakingMs)}</span> },
    { header: "Long pauses (> 2 s)", align: "right", cell: (r) => r.longPauses },
    {
      header: "Pace",
      align: "right",
      cell: (r) => (r.wordsPerMinute === null ? (r.recorded > 0 ? "needs a transcript" : "—") : `${r.wordsPerMinute} words/min`),
    },
  ];
  return (
    <DataTable
      caption="Delivery by session"
      rows={rows}
      columns={columns}
      rowKey={(r) => String(r.sessionIndex ?? "all")}
      rowClassName={(r) => (r.sessionIndex === null ? "font-semibold" : undefined)}
    />
  );
}
