import { STATUS_LABELS, type MilestoneStatus } from "@/lib/plan/horizons";

const tones: Record<MilestoneStatus, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200",
  IN_PROGRESS: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  DONE: "bg-green-100 text-green-800 dark:bg-green-950 dark:text-green-200",
  DROPPED: "bg-slate-200 text-slate-600 line-through dark:bg-slate-800 dark:text-slate-400",
};

export function StatusBadge({ status }: { status: MilestoneStatus }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tones[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}

export function OverdueBadge() {
  return (
    <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800 dark:bg-red-950 dark:text-red-200">
      Overdue
    </span>
  );
}
