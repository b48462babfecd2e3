import { Badge } from "@/components/ui/badge";
import { formatUtcDateTime } from "@/lib/calendar/dates";
import { BANDS } from "@/lib/rubric/data";
import { EVALUATION_POINTS } from "@/lib/practice/data/evaluation";

/** A review as stored, or as much of one as has arrived while it streams (every field optional). */
export type ShownReview = {
  scores?: Partial<Record<string, { score?: number; reason?: string }>>;
  keyPoints?: { index?: number; verdict?: string; evidence?: string[]; text?: string }[];
  improvements?: string[];
  summary?: string;
  mean?: number;
  band?: string;
  model?: string;
  promptVersion?: string;
  promptTokens?: number | null;
  completionTokens?: number | null;
  createdAt?: string;
};

const verdictTone = { covered: "green", partly: "amber", missing: "red" } as const;

export function AiReviewView({ review, keyPointTexts, heading }: { review: ShownReview; keyPointTexts: string[]; heading: string }) {
  const band = BANDS.find((b) => b.value === review.band);
  return (
    <div className="space-y-4 text-sm">
      <h3 className="font-semibold">
        {heading}
        {review.mean !== undefined && band && (
          <>
            {" "}
            · mean <span className="tabular-nums">{review.mean.toFixed(2)}</span> / 10 <Badge tone="indigo">{band.label}</Badge>
          </>
        )}
      </h3>
      <dl className="grid gap-3 sm:grid-cols-2">
        {EVALUATION_POINTS.map((p) => {
          const s = review.scores?.[p.field];
          return (
            <div key={p.field} data-testid={`ai-score-${p.field}`}>
              <dt className="text-slate-600 dark:text-slate-400">{p.label}</dt>
              <dd>
                <span className="font-semibold tabular-nums">{typeof s?.score === "number" ? `${s.score} / 10` : "…"}</span>
                {s?.reason ? <span className="block">{s.reason}</span> : null}
              </dd>
            </div>
          );
        })}
      </dl>
      {review.keyPoints && review.keyPoints.length > 0 && (
        <div>
          <h4 className="font-semibold">Key points</h4>
          <ul className="mt-1 space-y-2">
            {review.keyPoints.map((k, i) => (
              <li key={k.index ?? i}>
                {k.verdict && k.verdict in verdictTone ? <Badge tone={verdictTone[k.verdict as keyof typeof verdictTone]}>{k.verdict}</Badge> : null}{" "}
                {k.text ?? (k.index !== undefined ? keyPointTexts[k.index] : undefined) ?? ""}
                {k.evidence && k.evidence.length > 0 && (
                  <ul className="mt-1 ml-4 list-disc text-slate-700 dark:text-slate-300">
                    {k.evidence.map((q) => (
                      <li key={q}>
                        <q>{q}</q>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {review.improvements && review.improvements.length > 0 && (
        <div>
          <h4 className="font-semibold">Most valuable improvements</h4>
          <ol className="mt-1 list-decimal space-y-1 pl-6">
            {review.improvements.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ol>
        </div>
      )}
      {review.summary && <p>{review.summary}</p>}
      {review.model && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {review.model} · prompt {review.promptVersion}
          {review.promptTokens != null && ` · ${review.promptTokens} + ${review.completionTokens ?? 0} tokens`}
          {review.createdAt && ` · ${formatUtcDateTime(review.createdAt)}`}
        </p>
      )}
    </div>
  );
}
