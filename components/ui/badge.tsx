import { type ReactNode } from "react";

const tones = {
  slate: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200",
  green: "bg-green-100 text-green-800 dark:bg-green-900/60 dark:text-green-200",
  amber: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100",
  orange: "bg-orange-100 text-orange-900 dark:bg-orange-900/60 dark:text-orange-100",
  red: "bg-red-100 text-red-800 dark:bg-red-900/60 dark:text-red-100",
  indigo: "bg-indigo-100 text-indigo-800 dark:bg-indigo-900/60 dark:text-indigo-100",
} as const;

export type BadgeTone = keyof typeof tones;

/** The badge's classes, for markup drawn outside React (components/feedback/coverage-html.ts). */
export function badgeClass(tone: BadgeTone = "slate"): string {
  return `inline-flex items-center rounded px-2 py-0.5 text-xs font-medium ${tones[tone]}`;
}

export function Badge({ tone = "slate", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={badgeClass(tone)}>{children}</span>;
}

export const difficultyTone: Record<string, BadgeTone> = {
  easy: "green",
  medium: "amber",
  hard: "orange",
  expert: "red",
};
