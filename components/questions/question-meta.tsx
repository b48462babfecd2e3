import { Badge, difficultyTone } from "@/components/ui/badge";
import { COMPANY_TYPES, FOCUS_AREAS, QUESTION_TYPES, SOURCES, difficultyLabel, labelOf } from "@/lib/questions/taxonomy";

type Meta = {
  type: string;
  focusArea: string;
  difficulty: string;
  allocatedMinutes: number;
  expectedMinutes: number;
  companyType: string;
  source: string;
};

export function QuestionBadges({ q, showTimes = true }: { q: Meta; showTimes?: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Badge tone={difficultyTone[q.difficulty]}>{difficultyLabel(q.difficulty)}</Badge>
      <Badge tone="indigo">{labelOf(QUESTION_TYPES, q.type)}</Badge>
      <Badge>{labelOf(FOCUS_AREAS, q.focusArea)}</Badge>
      {q.companyType !== "general" && <Badge>{labelOf(COMPANY_TYPES, q.companyType)}</Badge>}
      {q.source === "personal" && <Badge tone="green">{labelOf(SOURCES, q.source)}</Badge>}
      {showTimes && (
        <span className="text-xs text-slate-600 dark:text-slate-300">
          {`${q.allocatedMinutes} min allocated · answer in about ${q.expectedMinutes} min`}
        </span>
      )}
    </div>
  );
}
