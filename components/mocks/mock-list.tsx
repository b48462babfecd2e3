import Link from "next/link";
import { BandBadge } from "@/components/rubric/band-badge";
import { type MockSummary } from "@/lib/mocks/mocks";
import { difficultyLabel } from "@/lib/questions/taxonomy";

const dateOf = (iso: string) => iso.slice(0, 10);

/** Past and running mocks, newest first, with their overall score and band. */
export function MockList({ mocks }: { mocks: MockSummary[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Your mock interviews">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">Started</th>
            <th scope="col" className="py-2 pr-3 font-medium">Mock</th>
            <th scope="col" className="py-2 pr-3 font-medium">Difficulty</th>
            <th scope="col" className="py-2 pr-3 font-medium">Overall</th>
            <th scope="col" className="py-2 font-medium">Band</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {mocks.map((m) => (
            <tr key={m.id}>
              <td className="py-2 pr-3 tabular-nums">{dateOf(m.startedAt)}</td>
              <td className="py-2 pr-3">
                <Link href={m.status === "finished" ? `/mocks/${m.id}/report` : `/mocks/${m.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                  {m.title}
                </Link>
                {m.seriesNumber !== null && <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">series #{m.seriesNumber}</span>}
              </td>
              <td className="py-2 pr-3">{difficultyLabel(m.difficulty)}</td>
              <td className="py-2 pr-3 tabular-nums">
                {m.status === "in-progress" ? "In progress" : m.overall === null ? "Not scored yet" : `${m.overall.toFixed(2)} / 10`}
                {m.status === "finished" && m.overall !== null && m.scored < m.questionCount && (
                  <span className="block text-xs text-slate-500 dark:text-slate-400">
                    {m.scored} of {m.questionCount} scored
                  </span>
                )}
              </td>
              <td className="py-2">{m.band ? <BandBadge band={m.band} /> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
