// A question's key evaluation points: the must-haves, then the bonus points labelled as bonus,
// numbered together from 1 as lib/questions/key-points.ts numbers them (and the coverage panel shows them).
import { type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { BONUS_SHARE, MUST_HAVE_SHARE, weightedKeyPoints } from "@/lib/questions/key-points";

type Props = {
  keyPoints: readonly string[];
  bonusPoints?: readonly string[];
  /** Something to show after point `index` (e.g. "covered, says the mentee"). */
  after?: (index: number) => ReactNode;
};

export function KeyPointList({ keyPoints, bonusPoints = [], after }: Props) {
  const points = weightedKeyPoints({ keyPoints, bonusPoints });
  const must = points.filter((p) => p.kind === "must");
  const bonus = points.filter((p) => p.kind === "bonus");
  const item = (p: (typeof points)[number]) => (
    <li key={p.index} className="flex gap-2" data-kind={p.kind}>
      <span className="font-medium tabular-nums">{p.index + 1}.</span>{" "}
      <span>
        {p.kind === "bonus" && (
          <>
            <Badge tone="indigo">Bonus</Badge>{" "}
          </>
        )}
        {p.text} {after?.(p.index)}
      </span>
    </li>
  );
  return (
    <div className="mt-2 space-y-3 text-sm">
      {bonus.length > 0 && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Must-have points weigh {MUST_HAVE_SHARE} of 10, bonus points {BONUS_SHARE}: a strong answer covers every must-have; bonus
          points set an excellent one apart.
        </p>
      )}
      <ol className="space-y-1" aria-label="Must-have key points">
        {must.map(item)}
      </ol>
      {bonus.length > 0 && (
        <ol className="space-y-1" aria-label="Bonus key points">
          {bonus.map(item)}
        </ol>
      )}
    </div>
  );
}
