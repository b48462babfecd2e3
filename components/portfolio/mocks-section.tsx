import { BandBadge } from "@/components/rubric/band-badge";
import { BANDS } from "@/lib/rubric/data";
import type { MockSummary } from "@/lib/mocks/mocks";
import { PortfolioSection } from "./portfolio-section";

/** Recent finished mock interviews with their overall score and band. */
export function MocksSection({ mocks }: { mocks: MockSummary[] }) {
  const scored = mocks.filter((m) => m.overall !== null && m.band !== null);
  if (scored.length === 0) return null;
  return (
    <PortfolioSection id="portfolio-mocks" title="Mock interview results">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400 print:text-black">
          <tr>
            <th scope="col" className="py-1 pr-4 font-medium">Date</th>
            <th scope="col" className="py-1 pr-4 font-medium">Mock</th>
            <th scope="col" className="py-1 pr-4 font-medium">Overall</th>
            <th scope="col" className="py-1 font-medium">Band</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {scored.map((m) => (
            <tr key={m.id}>
              <td className="py-1 pr-4 tabular-nums">{(m.finishedAt ?? m.startedAt).slice(0, 10)}</td>
              <td className="py-1 pr-4">{m.title}</td>
              <td className="py-1 pr-4 tabular-nums">
                {m.overall!.toFixed(2)} / 10{m.scored < m.questionCount ? ` (${m.scored} of ${m.questionCount} scored)` : ""}
              </td>
              <td className="py-1">
                <BandBadge band={m.band!} /> <span className="sr-only print:not-sr-only">{BANDS.find((b) => b.value === m.band)?.meaning}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PortfolioSection>
  );
}
