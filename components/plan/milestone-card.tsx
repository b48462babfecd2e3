"use client";

import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatDate } from "@/lib/calendar/dates";
import { HORIZONS } from "@/lib/plan/horizons";
import { shownProgress } from "@/lib/plan/milestone-list";
import type { Milestone } from "@/lib/plan/types";
import { OverdueBadge, StatusBadge } from "./status-badge";

const horizonLabel = (id: Milestone["horizon"]) => HORIZONS.find((h) => h.id === id)?.label ?? "Outside the plan";

/** One milestone as read (title, due date, progress, skills, evidence) with its actions. */
export function MilestoneCard({
  m,
  first,
  last,
  onDone,
  onEdit,
  onMove,
  onDelete,
}: {
  m: Milestone;
  first: boolean;
  last: boolean;
  onDone: () => void;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
}) {
  const progress = shownProgress(m);
  return (
    <article aria-labelledby={`milestone-${m.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`milestone-${m.id}`} className="font-semibold">
            {m.title}
          </h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Due {formatDate(m.targetDate)} · {horizonLabel(m.horizon)}
          </p>
        </div>
        <div className="flex items-center gap-2">
          {m.overdue && <OverdueBadge />}
          <StatusBadge status={m.status} />
        </div>
      </div>
      {m.description && <p className="mt-2 text-sm whitespace-pre-line">{m.description}</p>}
      <div className="mt-3 flex items-center gap-3">
        <ProgressBar
          label={`Progress of ${m.title}`}
          value={progress}
          valueText={`${progress} %`}
          tone={m.status === "DONE" ? "green" : m.overdue ? "red" : "indigo"}
        />
        <span className="w-12 text-right text-sm tabular-nums">{progress} %</span>
      </div>
      {m.skills.length > 0 && (
        <ul aria-label="Linked skills" className="mt-2 flex flex-wrap gap-1">
          {m.skills.map((s) => (
            <li
              key={s}
              className="rounded bg-indigo-50 px-2 py-0.5 text-xs text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200"
            >
              {s}
            </li>
          ))}
        </ul>
      )}
      {m.evidence.length > 0 && (
        <ul aria-label="Evidence" className="mt-2 space-y-1 text-sm">
          {m.evidence.map((l) => (
            <li key={l.url}>
              <a className="text-indigo-700 underline dark:text-indigo-300" href={l.url} rel="noopener noreferrer">
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {m.status !== "DONE" && (
          <Button variant="secondary" onClick={onDone} aria-label={`Mark “${m.title}” done`}>
            Mark done
          </Button>
        )}
        <Button variant="ghost" onClick={onEdit} aria-label={`Edit “${m.title}”`}>
          Edit
        </Button>
        <Button variant="ghost" disabled={first} onClick={() => onMove(-1)} aria-label={`Move “${m.title}” up`}>
          Move up
        </Button>
        <Button variant="ghost" disabled={last} onClick={() => onMove(1)} aria-label={`Move “${m.title}” down`}>
          Move down
        </Button>
        <Button variant="ghost" onClick={onDelete} aria-label={`Delete “${m.title}”`}>
          Delete
        </Button>
      </div>
    </article>
  );
}
