"use client";
// The guide's Full Project Extension as a guided project: adopt its components as milestones
// (one by one or all at once) and tick its assessment criteria (saved with the checklist's version).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { TickList } from "@/components/ui/tick-list";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/calendar/dates";
import { api } from "@/lib/client/api";
import { PROJECT_EXTENSION } from "@/lib/plan/data/project-extension";
import { componentHours, orderedCriteria } from "@/lib/plan/project-extension";
import type { ProjectExtensionView } from "@/lib/plan/project-extension-store";

type Props = {
  planId: string;
  view: ProjectExtensionView;
  /** Target dates of the adopted components' milestones, by milestone id. */
  dueDates: Record<string, string>;
};

export function ProjectExtension({ planId, view, dueDates }: Props) {
  const router = useRouter();
  const [adoptError, setAdoptError] = useState<string | null>(null);
  const [adopting, setAdopting] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [criteria, setCriteria] = useState(view.criteria);
  const [criteriaError, setCriteriaError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState("");
  const remaining = view.components.filter((c) => !c.milestoneId).map((c) => c.key);
  const h = componentHours();

  async function adopt(keys: string[]) {
    setAdopting(true);
    setAdoptError(null);
    const res = await api<{ milestones: unknown[] }>(`/api/plans/${planId}/project-extension/milestones`, {
      method: "POST",
      body: { components: keys },
    });
    setAdopting(false);
    if (!res.ok) {
      setAdoptError(res.error.fields.components ?? res.error.message);
      return;
    }
    startRefresh(() => router.refresh());
  }

  async function tick(key: string, on: boolean) {
    const before = criteria;
    const next = orderedCriteria(on ? [...before.checked, key] : before.checked.filter((k) => k !== key));
    // Show the tick at once; put it back if the save fails.
    setCriteria({ ...before, checked: next });
    setSaving(true);
    setCriteriaError(null);
    setStatus("Saving…");
    const res = await api<{ criteria: { checked: string[]; version: number } }>(`/api/plans/${planId}/project-extension/criteria`, {
      method: "PUT",
      body: { checked: next, version: before.version },
    });
    setSaving(false);
    if (!res.ok) {
      setCriteria(before);
      setStatus("");
      setCriteriaError(res.error.message);
      return;
    }
    setCriteria(res.data.criteria);
    setStatus("Saved.");
  }

  const busy = adopting || refreshing;
  return (
    <div className="space-y-5">
      <div className="text-sm">
        <p className="font-medium">Project: {PROJECT_EXTENSION.title}</p>
        <p className="mt-1">
          <span className="font-medium">Objective: </span>
          {PROJECT_EXTENSION.objective}
        </p>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          <span className="font-medium">Extended timeline: </span>
          {PROJECT_EXTENSION.timeline}. Adopted components become milestones due over 5 weeks from the day you adopt them (about{" "}
          {h.min}-{h.max} hours each).
        </p>
      </div>

      <div>
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h3 className="font-semibold">Components</h3>
          {remaining.length > 0 && (
            <Button variant="secondary" disabled={busy} onClick={() => void adopt(remaining)}>
              {remaining.length === view.components.length ? "Adopt all six components" : `Adopt the remaining ${remaining.length}`}
            </Button>
          )}
        </div>
        {adoptError && <Alert tone="error">{adoptError}</Alert>}
        <ol className="grid gap-3 md:grid-cols-2" aria-label="Project components">
          {view.components.map((c, i) => (
            <li key={c.key} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800">
              <p className="font-medium">
                {i + 1}. {c.title}
              </p>
              <ul className="mt-1 list-disc pl-5 text-slate-700 dark:text-slate-300">
                {c.bullets.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
              <div className="mt-2">
                {c.milestoneId ? (
                  <p className="text-green-700 dark:text-green-400">
                    In your plan{dueDates[c.milestoneId] ? ` — due ${formatDate(dueDates[c.milestoneId]!)}` : ""}
                  </p>
                ) : (
                  <Button variant="ghost" className="px-2 py-1" disabled={busy} onClick={() => void adopt([c.key])} aria-label={`Adopt ${c.title} as a milestone`}>
                    Adopt as a milestone
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      </div>

      <div className="grid gap-5 md:grid-cols-2">
        <div>
          <h3 className="mb-2 font-semibold">Portfolio deliverables</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {PROJECT_EXTENSION.deliverables.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
        <fieldset>
          <legend className="mb-2 font-semibold">Assessment criteria</legend>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
            {criteria.checked.length} of {PROJECT_EXTENSION.criteria.length} met. {status}
          </p>
          {criteriaError && <Alert tone="error">{criteriaError}</Alert>}
          <TickList
            items={PROJECT_EXTENSION.criteria}
            checked={(k) => criteria.checked.includes(k)}
            disabled={saving}
            onToggle={(k, on) => void tick(k, on)}
          />
        </fieldset>
      </div>
    </div>
  );
}
