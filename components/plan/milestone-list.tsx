"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { api } from "@/lib/client/api";
import { formatDate } from "@/lib/calendar/dates";
import { HORIZONS } from "@/lib/plan/horizons";
import type { EvidenceGroup } from "@/lib/plan/evidence-options";
import type { Milestone, PlanDetail } from "@/lib/plan/types";
import { ConflictAlert } from "./conflict-alert";
import { MilestoneForm, type MilestoneValues } from "./milestone-form";
import { OverdueBadge, StatusBadge } from "./status-badge";

type Props = {
  planId: string;
  milestones: Milestone[];
  window: { start: string; end: string };
  evidenceGroups: EvidenceGroup[];
};

const horizonLabel = (id: Milestone["horizon"]) =>
  HORIZONS.find((h) => h.id === id)?.label ?? "Outside the plan";

export function MilestoneList({ planId, milestones, window, evidenceGroups }: Props) {
  const router = useRouter();
  const [adding, setAdding] = useState(milestones.length === 0);
  const [editing, setEditing] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ id: string; values: Partial<MilestoneValues> } | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const base = `/api/plans/${planId}/milestones`;

  function reset() {
    setFields({});
    setError(null);
    setConflict(null);
  }

  async function add(values: MilestoneValues) {
    reset();
    setBusy(true);
    const res = await api(base, { method: "POST", body: values });
    setBusy(false);
    if (!res.ok) {
      setFields(res.error.fields);
      setError(res.error.message);
      return;
    }
    setAdding(false);
    setStatus(`Milestone “${values.title}” added.`);
    router.refresh();
  }

  async function patch(m: Milestone, values: Partial<MilestoneValues>, version = m.version) {
    reset();
    setBusy(true);
    const res = await api(`${base}/${m.id}`, { method: "PATCH", body: { ...values, version } });
    setBusy(false);
    if (!res.ok) {
      if (res.error.status === 409) setConflict({ id: m.id, values });
      else {
        setFields(res.error.fields);
        setError(res.error.message);
      }
      return false;
    }
    setEditing(null);
    setStatus(`Milestone “${values.title ?? m.title}” saved.`);
    router.refresh();
    return true;
  }

  async function overwrite(m: Milestone, values: Partial<MilestoneValues>) {
    const latest = await api<PlanDetail>(`/api/plans/${planId}`);
    const current = latest.ok ? latest.data.milestones.find((x) => x.id === m.id) : undefined;
    if (!current) {
      setConflict(null);
      setError("This milestone no longer exists; it was deleted elsewhere.");
      router.refresh();
      return;
    }
    await patch(m, values, current.version);
  }

  async function remove(m: Milestone) {
    reset();
    const res = await api(`${base}/${m.id}`, { method: "DELETE" });
    if (!res.ok && res.error.status !== 404) {
      setError(res.error.message);
      return;
    }
    setStatus(`Milestone “${m.title}” deleted.`);
    router.refresh();
  }

  async function move(index: number, delta: number) {
    reset();
    const order = milestones.map((m) => ({ id: m.id, version: m.version }));
    const [item] = order.splice(index, 1);
    order.splice(index + delta, 0, item!);
    const res = await api(`${base}/order`, { method: "PUT", body: { order } });
    if (!res.ok) {
      setError(
        res.error.status === 409
          ? "Your milestones were changed elsewhere; the list has been reloaded. Try again."
          : res.error.message,
      );
      router.refresh();
      return;
    }
    setStatus(`Moved “${milestones[index]!.title}” ${delta < 0 ? "up" : "down"}.`);
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <p role="status" className="sr-only">
        {status}
      </p>
      {error && !adding && !editing && <Alert tone="error">{error}</Alert>}
      {milestones.length === 0 && !adding && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No milestones yet. Add the first step towards your year 1 target.
        </p>
      )}
      <ol className="space-y-3">
        {milestones.map((m, i) => (
          <li
            key={m.id}
            className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
          >
            {editing === m.id ? (
              <>
                {conflict?.id === m.id && (
                  <div className="mb-3">
                    <ConflictAlert
                      what="This milestone"
                      onReload={() => {
                        setConflict(null);
                        setEditing(null);
                        router.refresh();
                      }}
                      onOverwrite={() => void overwrite(m, conflict.values)}
                    />
                  </div>
                )}
                <MilestoneForm
                  initial={m}
                  window={window}
                  evidenceGroups={evidenceGroups}
                  submitLabel="Save milestone"
                  fields={fields}
                  error={error}
                  busy={busy}
                  onSubmit={(v) => void patch(m, v)}
                  onCancel={() => {
                    reset();
                    setEditing(null);
                  }}
                />
              </>
            ) : (
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
                    value={m.status === "DONE" ? 100 : m.progress}
                    valueText={`${m.status === "DONE" ? 100 : m.progress} %`}
                    tone={m.status === "DONE" ? "green" : m.overdue ? "red" : "indigo"}
                  />
                  <span className="w-12 text-right text-sm tabular-nums">
                    {m.status === "DONE" ? 100 : m.progress} %
                  </span>
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
                        <a
                          className="text-indigo-700 underline dark:text-indigo-300"
                          href={l.url}
                          rel="noopener noreferrer"
                        >
                          {l.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
                <div className="mt-3 flex flex-wrap gap-2">
                  {m.status !== "DONE" && (
                    <Button
                      variant="secondary"
                      onClick={() => void patch(m, { status: "DONE" })}
                      aria-label={`Mark “${m.title}” done`}
                    >
                      Mark done
                    </Button>
                  )}
                  <Button
                    variant="ghost"
                    onClick={() => {
                      reset();
                      setAdding(false);
                      setEditing(m.id);
                    }}
                    aria-label={`Edit “${m.title}”`}
                  >
                    Edit
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={i === 0}
                    onClick={() => void move(i, -1)}
                    aria-label={`Move “${m.title}” up`}
                  >
                    Move up
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={i === milestones.length - 1}
                    onClick={() => void move(i, 1)}
                    aria-label={`Move “${m.title}” down`}
                  >
                    Move down
                  </Button>
                  <Button variant="ghost" onClick={() => void remove(m)} aria-label={`Delete “${m.title}”`}>
                    Delete
                  </Button>
                </div>
              </article>
            )}
          </li>
        ))}
      </ol>
      {adding ? (
        <div className="rounded-lg border border-indigo-200 bg-white p-4 dark:border-indigo-900 dark:bg-slate-900">
          <h3 className="mb-3 font-semibold">New milestone</h3>
          <MilestoneForm
            key={milestones.length}
            window={window}
            evidenceGroups={evidenceGroups}
            submitLabel="Add milestone"
            fields={fields}
            error={error}
            busy={busy}
            onSubmit={(v) => void add(v)}
            onCancel={
              milestones.length
                ? () => {
                    reset();
                    setAdding(false);
                  }
                : undefined
            }
          />
        </div>
      ) : (
        <Button
          onClick={() => {
            reset();
            setEditing(null);
            setAdding(true);
          }}
        >
          Add a milestone
        </Button>
      )}
    </div>
  );
}
