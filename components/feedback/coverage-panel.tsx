// Key-point coverage of a submitted answer: ticks per key point with the evidence, what is
// missing, STAR parts (behavioural), components (system design), the length verdict and the
// suggested score. Status is told by icon and text, never by colour alone.
import { type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { type AnswerField } from "@/lib/feedback/types";
import { evidenceRanges, highlightSegments } from "@/lib/feedback/highlight";
import { type FeedbackView } from "@/lib/feedback/stored";
import { type Answer } from "@/lib/practice/answer";
import { BONUS_SHARE, MUST_HAVE_SHARE } from "@/lib/questions/key-points";

type Tone = "good" | "part" | "none";

const TONE_CLASS: Record<Tone, string> = {
  good: "text-green-700 dark:text-green-400",
  part: "text-amber-700 dark:text-amber-300",
  none: "text-red-700 dark:text-red-400",
};

/** ✓ covered, ◐ partly, ✗ missing: shape and text carry the meaning; colour only repeats it. */
function StatusIcon({ tone }: { tone: Tone }) {
  const common = {
    width: 18,
    height: 18,
    viewBox: "0 0 20 20",
    "aria-hidden": true,
    focusable: false,
  } as const;
  if (tone === "good")
    return (
      <svg {...common} className={`mt-0.5 shrink-0 ${TONE_CLASS.good}`}>
        <circle cx="10" cy="10" r="9" fill="currentColor" />
        <path
          d="M5.5 10.5l3 3 6-7"
          fill="none"
          stroke="white"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    );
  if (tone === "part")
    return (
      <svg {...common} className={`mt-0.5 shrink-0 ${TONE_CLASS.part}`}>
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M10 2a8 8 0 0 1 0 16z" fill="currentColor" />
      </svg>
    );
  return (
    <svg {...common} className={`mt-0.5 shrink-0 ${TONE_CLASS.none}`}>
      <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M7 7l6 6M13 7l-6 6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function Status({ tone, label, children }: { tone: Tone; label: string; children: ReactNode }) {
  return (
    <div className="flex items-start gap-2">
      <StatusIcon tone={tone} />
      <div className="min-w-0">
        <span className={`font-semibold ${TONE_CLASS[tone]}`}>{label}</span>
        {children}
      </div>
    </div>
  );
}

const KP_STATUS = {
  covered: { tone: "good", label: "Covered" },
  partly: { tone: "part", label: "Partly covered" },
  missing: { tone: "none", label: "Missing" },
} as const;

const STAR_STATUS = {
  present: { tone: "good", label: "Present" },
  thin: { tone: "part", label: "Thin (under 8 words)" },
  missing: { tone: "none", label: "Missing" },
} as const;

const COMPONENT_STATUS = {
  named: { tone: "good", label: "Named" },
  mentioned: { tone: "part", label: "Mentioned once" },
  missing: { tone: "none", label: "Missing" },
} as const;

const STAR_LABEL = { situation: "Situation", task: "Task", action: "Action", result: "Result" } as const;
const FIELD_LABEL: Record<AnswerField, string> = { text: "", code: "", ...STAR_LABEL };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function Quote({ text }: { text: string }) {
  return (
    <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-sm italic text-slate-700 dark:border-slate-600 dark:text-slate-300">
      {text.length > 220 ? `${text.slice(0, 217)}…` : text}
    </blockquote>
  );
}

function lengthText(l: FeedbackView["length"]): { tone: Tone; label: string; detail: string } {
  const range = `${l.minWords.toLocaleString("en-GB")}–${l.maxWords.toLocaleString("en-GB")} words suits ${plural(l.allocatedMinutes, "minute")}`;
  const words = plural(l.words, "word");
  switch (l.verdict) {
    case "empty":
      return { tone: "none", label: "Empty", detail: `Nothing was written (${range}).` };
    case "too-short":
      return {
        tone: "part",
        label: "Too short",
        detail: `${words}: too little to cover the question in the time (${range}).`,
      };
    case "too-long":
      return {
        tone: "part",
        label: "A wall of text",
        detail: `${words}: more than can be said in the time (${range}).`,
      };
    default:
      return { tone: "good", label: "About right", detail: `${words} (${range}).` };
  }
}

/** The answer's text with each key point's evidence marked and numbered (1-based, as in the list). */
function MarkedAnswer({ feedback, answer }: { feedback: FeedbackView; answer: Answer }) {
  const fields: Array<{ field: AnswerField; text: string }> =
    feedback.format === "STAR"
      ? (["situation", "task", "action", "result"] as const).map((f) => ({
          field: f,
          text: (answer as Record<string, string>)[f] ?? "",
        }))
      : feedback.format === "CODE"
        ? [{ field: "code", text: (answer as { code: string }).code }]
        : [{ field: "text", text: (answer as { text: string }).text }];
  return (
    <div className="mt-2 space-y-3">
      {fields.map(({ field, text }) => (
        <div key={field}>
          {FIELD_LABEL[field] && <p className="text-sm font-semibold">{FIELD_LABEL[field]}</p>}
          <p className={`whitespace-pre-wrap break-words text-sm ${field === "code" ? "font-mono" : ""}`}>
            {text.trim() === "" ? (
              <span className="text-slate-500 dark:text-slate-400">(empty)</span>
            ) : (
              highlightSegments(text, evidenceRanges(feedback, field)).map((s) =>
                s.keyPoints.length === 0 ? (
                  <span key={s.start}>{s.text}</span>
                ) : (
                  <mark key={s.start} className="rounded-sm bg-yellow-100 text-inherit dark:bg-yellow-900/50">
                    {s.text}
                    <sup className="ml-0.5 font-semibold not-italic">
                      <span className="sr-only"> (evidence for key point </span>
                      {s.keyPoints.join(",")}
                      <span className="sr-only">)</span>
                    </sup>
                  </mark>
                ),
              )
            )}
          </p>
        </div>
      ))}
    </div>
  );
}

type Props = {
  feedback: FeedbackView;
  answer: Answer;
  /** Whose answer it is, for the wording ("Your answer" / "Asha's answer"). */
  whose?: string;
  /** Heading level of the panel's title (h2 on the attempt page, h4 inside a mock report's answer). */
  headingLevel?: 2 | 3 | 4;
  id?: string;
};

export function CoveragePanel({
  feedback,
  answer,
  whose = "Your answer",
  headingLevel = 2,
  id = "coverage",
}: Props) {
  const H = (["h2", "h3", "h4"] as const)[headingLevel - 2]!;
  const Sub = (["h3", "h4", "h5"] as const)[headingLevel - 2]!;
  const { counts } = feedback;
  const total = feedback.keyPoints.length;
  const bonusTotal = feedback.keyPoints.filter((k) => k.kind === "bonus").length;
  const len = lengthText(feedback.length);
  if (feedback.length.verdict === "empty") {
    return (
      <section aria-labelledby={`${id}-heading`} data-testid="coverage-panel">
        <H id={`${id}-heading`} className={headingLevel === 2 ? "text-lg font-semibold" : "font-semibold"}>
          Key-point coverage
        </H>
        <p className="mt-1 text-sm">Nothing was written, so there are no key points to check.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-5" data-testid="coverage-panel">
      <div>
        <H id={`${id}-heading`} className={headingLevel === 2 ? "text-lg font-semibold" : "font-semibold"}>
          Key-point coverage
        </H>
        <p className="mt-1 text-sm">
          {total === 0
            ? "This question has no key evaluation points to check."
            : `${whose} covers ${counts.covered} of ${plural(total, "key point")}${bonusTotal ? ` (${total - bonusTotal} must-have, ${bonusTotal} bonus)` : ""}${counts.partly ? `, partly covers ${counts.partly}` : ""}${counts.missing ? ` and misses ${counts.missing}` : ""}.`}
        </p>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Checked automatically by the words and phrases the answer uses, not by whether what it says is
          right. Use it as a checklist, not a grade.
        </p>
      </div>

      {total > 0 && (
        <ol className="space-y-3" aria-label="Key points">
          {feedback.keyPoints.map((k) => {
            const s = KP_STATUS[k.status];
            return (
              <li key={k.index} data-status={k.status}>
                <Status tone={s.tone} label={s.label}>
                  <span className="sr-only">: </span>
                  <span className="ml-1 text-sm">
                    <span className="font-medium tabular-nums">{k.index + 1}.</span>{" "}
                    {k.kind === "bonus" && (
                      <>
                        <Badge tone="indigo">Bonus</Badge>{" "}
                      </>
                    )}
                    {k.keyPoint}
                  </span>
                  {k.evidence.length > 0 && (
                    <div className="mt-1">
                      <p className="text-xs text-slate-600 dark:text-slate-400">Evidence in the answer:</p>
                      {k.evidence.slice(0, 2).map((e) => (
                        <Quote key={`${e.field}-${e.start}`} text={e.text} />
                      ))}
                    </div>
                  )}
                  {k.status !== "covered" && k.notFound.length > 0 && (
                    <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                      Not found: {k.notFound.slice(0, 6).join(", ")}
                    </p>
                  )}
                </Status>
              </li>
            );
          })}
        </ol>
      )}

      {feedback.star && (
        <div>
          <Sub className="font-semibold">STAR structure</Sub>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {feedback.star.parts.map((p) => {
              const s = STAR_STATUS[p.status];
              return (
                <li key={p.part}>
                  <Status tone={s.tone} label={STAR_LABEL[p.part]}>
                    <span className="text-sm">: {s.label.toLowerCase()}</span>
                  </Status>
                </li>
              );
            })}
          </ul>
          <div className="mt-2">
            <Status
              tone={feedback.star.quantifiedResult ? "good" : "part"}
              label={feedback.star.quantifiedResult ? "Result quantified" : "Result not quantified"}
            >
              <span className="text-sm">
                {feedback.star.quantifiedResult
                  ? ""
                  : ": say what changed in numbers (a percentage, time, money or count)."}
              </span>
              {feedback.star.quantityEvidence[0] && <Quote text={feedback.star.quantityEvidence[0].text} />}
            </Status>
          </div>
        </div>
      )}

      {feedback.components && (
        <div>
          <Sub className="font-semibold">
            System-design components: {feedback.components.named} of {feedback.components.required} named
          </Sub>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {feedback.components.items.map((c) => {
              const s = COMPONENT_STATUS[c.status];
              return (
                <li key={c.id}>
                  <Status tone={s.tone} label={c.label}>
                    <span className="text-sm">: {s.label.toLowerCase()}</span>
                  </Status>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <div>
        <Sub className="font-semibold">Length</Sub>
        <div className="mt-1">
          <Status tone={len.tone} label={len.label}>
            <span className="text-sm">: {len.detail}</span>
          </Status>
        </div>
      </div>

      {total > 0 && (
        <p className="rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-800" data-testid="suggested-score">
          Suggested score for <strong>practical considerations</strong>:{" "}
          <strong className="tabular-nums">{feedback.suggestedScore.value} / 10</strong> (covered points count
          1, partly covered ½
          {bonusTotal > 0 ? `; must-have points weigh ${MUST_HAVE_SHARE} of the 10, bonus points ${BONUS_SHARE}` : ""}).{" "}
          {whose === "Your answer"
            ? "It is only a suggestion: the score you give is yours."
            : "It is only a suggestion; the candidate's own score stays theirs."}
        </p>
      )}

      <details>
        <summary className="cursor-pointer text-sm font-medium text-indigo-700 dark:text-indigo-300">
          {whose} with the evidence marked
        </summary>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Marked passages count as evidence; the small numbers are the key points they support.
        </p>
        <MarkedAnswer feedback={feedback} answer={answer} />
      </details>
    </section>
  );
}
