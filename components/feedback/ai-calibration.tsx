import Link from "next/link";
import { fmt2, signed } from "@/components/mentors/format";
import { Badge } from "@/components/ui/badge";
import { type Voices, type VoicesRow } from "@/lib/ai/calibration";
import { DOMAINS, EVALUATION_POINTS } from "@/lib/rubric/data";

const card = "rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";
const muted = "text-sm text-slate-600 dark:text-slate-400";

function Gap({ g }: { g: VoicesRow["selfVsAi"] }) {
  if (g.items === 0) return <>–</>;
  return (
    <>
      <span className="tabular-nums">{signed(g.gapMean)}</span> {g.flagged && <Badge tone="red">gap ≥ 2</Badge>}
    </>
  );
}

function VoicesTable({ caption, head, rows }: { caption: string; head: string; rows: VoicesRow[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-left">
            <th className="py-2 pr-3">{head}</th>
            <th className="py-2 pr-3 text-right">AI-reviewed</th>
            <th className="py-2 pr-3 text-right">You</th>
            <th className="py-2 pr-3 text-right">Mentors</th>
            <th className="py-2 pr-3 text-right">AI</th>
            <th className="py-2 pr-3">You − AI</th>
            <th className="py-2">Mentors − AI</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                {r.label}
              </th>
              <td className="py-2 pr-3 text-right tabular-nums">{r.items}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{fmt2(r.selfVsAi.selfMean)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{fmt2(r.mentorVsAi.selfMean)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{fmt2(r.ai)}</td>
              <td className="py-2 pr-3">
                <Gap g={r.selfVsAi} />
              </td>
              <td className="py-2">
                <Gap g={r.mentorVsAi} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
