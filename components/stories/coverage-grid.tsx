// Stories × competencies: one row per competency of the guide, one column per story (numbered
// as the story cards below it), gaps marked and said in a sentence above the grid.
import { clsx } from "clsx";
import { Alert } from "@/components/ui/alert";
import { ScrollArea } from "@/components/ui/scroll-area";
import { type CoverageGrid as Grid } from "@/lib/stories/coverage";

export function CoverageGrid({ grid }: { grid: Grid }) {
  return (
    <div className="space-y-3">
      {grid.gapSentence ? (
        <Alert tone="info">{grid.gapSentence}</Alert>
      ) : (
        <Alert tone="success">Every competency has at least one story.</Alert>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">{grid.target.sentence}</p>
      <ScrollArea label="Coverage grid">
        <table className="w-full border-collapse text-sm" aria-describedby="grid-caption">
          <caption id="grid-caption" className="sr-only">
            Which story shows which competency; columns are the numbered stories.
          </caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-2 pr-3 text-left font-medium">
                Competency
              </th>
              {grid.rows.map((r, i) => (
                <th key={r.id} scope="col" className="w-9 px-1 py-2 text-center font-medium" title={r.title}>
                  <span aria-hidden="true">{i + 1}</span>
                  <span className="sr-only">{r.title}</span>
                </th>
              ))}
              <th scope="col" className="px-2 py-2 text-right font-medium">
                Stories
              </th>
            </tr>
          </thead>
          <tbody>
            {grid.columns.map((c, ci) => (
              <tr
                key={c.key}
                className={clsx(
                  "border-b border-slate-100 dark:border-slate-800",
                  c.count === 0 && "bg-amber-50 dark:bg-amber-950/40",
                )}
              >
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  {c.label}
                </th>
                {grid.rows.map((r) => (
                  <td key={r.id} className="px-1 py-2 text-center">
                    {r.cells[ci] ? (
                      <>
                        <span aria-hidden="true" className="font-semibold text-green-700 dark:text-green-300">
                          ✓
                        </span>
                        <span className="sr-only">yes</span>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true" className="text-slate-300 dark:text-slate-600">
                          ·
                        </span>
                        <span className="sr-only">no</span>
                      </>
                    )}
                  </td>
                ))}
                <td className="px-2 py-2 text-right tabular-nums">
                  {c.count === 0 ? <strong className="text-amber-800 dark:text-amber-200">Gap</strong> : c.count}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </div>
  );
}
