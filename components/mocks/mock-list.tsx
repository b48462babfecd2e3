import { AppLink } from "@/components/ui/app-link";
import { BandBadge } from "@/components/rubric/band-badge";
import { DataTable } from "@/components/ui/data-table";
import { type MockSummary } from "@/lib/mocks/mocks";
import { difficultyLabel, DIFFICULTIES } from "@/lib/questions/taxonomy";

const dateOf = (iso: string) => iso.slice(0, 10);

/** Easy to expert in order; a mixed mock sorts after them. */
function difficultyRank(m: MockSummary) {
  const i = DIFFICULTIES.findIndex((d) => d.value === m.difficulty);
  return i < 0 ? DIFFICULTIES.length : i;
}

function overallText(m: MockSummary) {
  if (m.status === "in-progress") return "In progress";
  return m.overall === null ? "Not scored yet" : `${m.overall.toFixed(2)} / 10`;
}

/** Past and running mocks, newest first, with their overall score and band. */
export function MockList({ mocks }: { mocks: MockSummary[] }) {
  return (
    <DataTable
      caption="Your mock interviews, newest first"
      label="Your mock interviews"
      rows={mocks}
      rowKey={(m) => m.id}
      columns={[
        { header: "Started", cell: (m) => dateOf(m.startedAt), sort: (m) => m.startedAt, className: "tabular-nums whitespace-nowrap" },
        {
          header: "Mock",
          sort: (m) => m.title,
          cell: (m) => (
            <>
              <AppLink
                href={m.status === "finished" ? `/mocks/${m.id}/report` : `/mocks/${m.id}`}
                className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
              >
                {m.title}
              </AppLink>
              {m.seriesNumber !== null && <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">series #{m.seriesNumber}</span>}
            </>
          ),
        },
        { header: "Difficulty", cell: (m) => difficultyLabel(m.difficulty), sort: difficultyRank },
        {
          header: "Overall",
          className: "tabular-nums",
          sort: (m) => (m.status === "in-progress" ? null : m.overall),
          cell: (m) => (
            <>
              {overallText(m)}
              {m.status === "finished" && m.overall !== null && m.scored < m.questionCount && (
                <span className="block text-xs text-slate-500 dark:text-slate-400">
                  {m.scored} of {m.questionCount} scored
                </span>
              )}
            </>
          ),
        },
        { header: "Band", cell: (m) => (m.band ? <BandBadge band={m.band} /> : "—") },
      ]}
    />
  );
}
