import Link from "next/link";
import { calibrationColumns } from "@/components/mentors/calibration-table";
import { fmt2 } from "@/components/mentors/format";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { type Voices, type VoicesRow } from "@/lib/ai/calibration";
import { DOMAINS, EVALUATION_POINTS } from "@/lib/rubric/data";

const card = "rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";
const muted = "text-sm text-slate-600 dark:text-slate-400";

function VoicesTable({ caption, head, rows }: { caption: string; head: string; rows: VoicesRow[] }) {
  const c = calibrationColumns<VoicesRow>();
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        c.label(head),
        c.count("AI-reviewed", (r) => r.items),
        c.mean("You", (r) => r.selfVsAi.selfMean),
        c.mean("Mentors", (r) => r.mentorVsAi.selfMean),
        c.mean("AI", (r) => r.ai),
        c.gap("You − AI", (r) => r.selfVsAi),
        c.gap("Mentors − AI", (r) => r.mentorVsAi),
      ]}
    />
  );
}

/** The calibration page's third voice: self and mentor scores against the AI reviews of the same answers. */
export function AiCalibration({ voices }: { voices: Voices }) {
  if (voices.items === 0) return null;
  return (
    <section aria-labelledby="ai-voices-heading" className={`${card} mt-6 space-y-4`}>
      <div>
        <h2 id="ai-voices-heading" className="text-lg font-semibold">
          Three voices: you, your mentors and the AI
        </h2>
        <p className={`mt-1 ${muted}`}>
          On every answer with an AI review ({voices.items}): the gaps are your score (or your mentors&apos;) minus the AI&apos;s, from the
          newest AI review of each answer. Gaps of 2 points or more either way are flagged. The AI checks the answer against the rubric; it
          is a third opinion, not proof of what is correct.
        </p>
      </div>
      <VoicesTable caption="You, mentors and AI by evaluation point" head="Evaluation point" rows={voices.points} />
      <VoicesTable caption="You, mentors and AI by rubric domain" head="Domain" rows={voices.domains.filter((d) => d.items > 0)} />
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="AI-reviewed answers">
        <table className="w-full text-sm">
          <caption className="sr-only">Each AI-reviewed answer: your score / mentors&apos; / the AI&apos;s</caption>
          <thead>
            <tr className="text-left">
              <th className="py-2 pr-3">Answer</th>
              <th className="py-2 pr-3">Domain</th>
              {EVALUATION_POINTS.map((p) => (
                <th key={p.value} className="py-2 pr-3 text-right">
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {voices.answers.map((a) => (
              <tr key={a.attemptId} className={`border-t border-slate-200 dark:border-slate-800 ${a.flagged ? "bg-red-50 dark:bg-red-950/40" : ""}`}>
                <td className="py-2 pr-3">
                  <Link href={`/practice/attempts/${a.attemptId}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
                    {a.questionTitle}
                  </Link>
                  {a.flagged && (
                    <>
                      {" "}
                      <Badge tone="red">flagged</Badge>
                    </>
                  )}
                </td>
                <td className="py-2 pr-3">{DOMAINS.find((d) => d.value === a.domain)?.label ?? "–"}</td>
                {a.points.map((p) => (
                  <td key={p.point} className={`py-2 pr-3 text-right whitespace-nowrap tabular-nums ${p.flagged ? "font-semibold text-red-700 dark:text-red-300" : ""}`}>
                    {fmt2(p.self)} / {fmt2(p.mentor)} / {p.ai}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={muted}>Each cell: your score / your mentors&apos; mean / the AI&apos;s (– where there is none).</p>
    </section>
  );
}
