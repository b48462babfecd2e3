import { BANDS, DOMAINS } from "@/lib/rubric/data";
import type { SelfAssessmentView } from "@/lib/rubric/self-assessments";
import { DOMAIN_SCORE_KEYS as KEYS } from "@/lib/rubric/score-keys";

/** The latest self-assessment on the portfolio, with the change since the first one. */
export function AssessmentSection({ assessments }: { assessments: SelfAssessmentView[] }) {
  const latest = assessments[0];
  if (!latest) return null;
  const first = assessments.at(-1)!;
  const band = BANDS.find((b) => b.value === latest.band)!;
  return (
    <section aria-labelledby="portfolio-assessment" className="border-t border-slate-200 pt-5 dark:border-slate-700">
      <h2 id="portfolio-assessment" className="text-lg font-semibold">
        Skills self-assessment
      </h2>
      <p className="mt-1 text-sm">
        Latest on {latest.assessedOn}: overall <strong>{latest.overall.toFixed(2)}</strong> / 10, {band.label} (
        {band.meaning.toLowerCase()})
        {assessments.length > 1 && `; ${(latest.overall - first.overall >= 0 ? "+" : "") + (latest.overall - first.overall).toFixed(2)} since ${first.assessedOn}`}
        .
      </p>
      <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
        {DOMAINS.map((d) => (
          <li key={d.value}>
            {d.label}: <strong>{latest.scores[KEYS[d.value]]}</strong> / 10
          </li>
        ))}
      </ul>
    </section>
  );
}
