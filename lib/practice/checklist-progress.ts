// Progress through the before / during / after checklist of one interview. Pure.
import { CHECKLISTS, CHECKLIST_KEYS } from "./data/checklists";

export type ChecklistProgress = { done: number; total: number; byPhase: { phase: string; done: number; total: number }[] };

/** Ticks per phase and overall; keys no longer in the checklist are ignored. */
export function checklistProgress(checked: readonly string[]): ChecklistProgress {
  const set = new Set(checked.filter((k) => CHECKLIST_KEYS.includes(k)));
  const byPhase = CHECKLISTS.map((g) => ({ phase: g.phase, done: g.items.filter((i) => set.has(i.key)).length, total: g.items.length }));
  return { done: set.size, total: CHECKLIST_KEYS.length, byPhase };
}

