import { Badge } from "@/components/ui/badge";
import { competencyLabel } from "@/lib/stories/competencies";

/** A story's competencies as badges (the candidate's story bank and the mentor's view of it). */
export function CompetencyBadges({ competencies, className }: { competencies: readonly string[]; className: string }) {
  return (
    <ul className={`${className} flex flex-wrap gap-1`} aria-label="Competencies">
      {competencies.map((c) => (
        <li key={c}>
          <Badge tone="indigo">{competencyLabel(c)}</Badge>
        </li>
      ))}
    </ul>
  );
}
