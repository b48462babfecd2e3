import { type LabelledColumns, LabelledTable, answerColumns } from "@/components/mentors/calibration-table";
import { fmt2 } from "@/components/mentors/format";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { type Voices, type VoicesRow } from "@/lib/ai/calibration";

const card = "rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";
const muted = "text-sm text-slate-600 dark:text-slate-400";

const voicesColumns = (c: LabelledColumns<VoicesRow>) => [
  c.count("AI-reviewed", (r) => r.items),
  c.mean("You", (r) => r.selfVsAi.selfMean),
  c.mean("Mentors", (r) => r.mentorVsAi.selfMean),
  c.mean("AI", (r) => r.ai),
  c.gap("You − AI", (r) => r.selfVsAi),
  c.gap("Mentors − AI", (r) => r.mentorVsAi),
];

function VoicesTable(props: { caption: string; head: string; rows: VoicesRow[] }) {
  return <LabelledTable {...props} columns={voicesColumns} />;
}

type Answer = Voices["answers"][number];

function AnswersTable({ answers }: { answers: Answer[] }) {
  const { columns, rowClassName } = answerColumns<Answer>(
    (p) => (
      <span className={p.flagged ? "font-semibold text-red-700 dark:text-red-300" : undefined}>
        {fmt2(p.self)} / {fmt2(p.mentor)} / {p.ai}
      </span>
    ),
    (a) =>
      a.flagged && (
        <>
          {" "}
          <Badge tone="red">flagged</Badge>
        </>
      ),
  );
  return (
    <DataTable
      caption="Each AI-reviewed answer: your score / mentors' / the AI's"
      label="AI-reviewed answers"
      rows={answers}
      rowKey={(a) => a.attemptId}
      rowClassName={rowClassName}
      columns={columns}
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
      <AnswersTable answers={voices.answers} />
      <p className={muted}>Each cell: your score / your mentors&apos; mean / the AI&apos;s (– where there is none).</p>
    </section>
  );
}
