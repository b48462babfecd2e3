"use client";

import { useRouter } from "next/navigation";
import { Suspense, lazy, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import type { EvidenceGroup } from "@/lib/plan/evidence-options";
import { movedOrder } from "@/lib/plan/milestone-list";
import type { Milestone, PlanDetail } from "@/lib/plan/types";
import { ConflictAlert } from "./conflict-alert";
import { MilestoneCard } from "./milestone-card";
import type { MilestoneValues } from "./milestone-form";

// Mounted only while adding or editing: the form (its schema, zod and react-hook-form) loads then,
// not while the page starts (decision 0025, Session 8). With no milestone yet it is open at once.
const MilestoneForm = lazy(() => import("./milestone-form").then((m) => ({ default: m.MilestoneForm })));
const formLoading = <p className="text-sm text-slate-600 dark:text-slate-400">Loading the form…</p>;

type Props = {
  planId: string;
  milestones: Milestone[];
  window: { start: string; end: string };
  evidenceGroups: EvidenceGroup[];
};

export function MilestoneList({ planId, milestones, window, evidenceGroups }: Props) {
  const router = useRouter();
  const [adding, setAdding] = useState(milestones.length === 0);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ id: string; values: Partial<MilestoneValues> } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const base = `/api/plans/${planId}/milestones`;

  function reset() {
    setError(null);
    setConflict(null);
  }

  function saved(text: string) {
    setAdding(false);
    setEditing(null);
    setStatus(text);
    router.refresh();
  }

  /** PATCH with the version seen; a 409 offers reload or overwrite. */
  async function patch(m: Milestone, values: Partial<MilestoneValues>, version = m.version) {
    reset();
    const res = await api(`${base}/${m.id}`, { method: "PATCH", body: { ...values, version } });
    if (!res.ok && res.error.status === 409) setConflict({ id: m.id, values });
    return res;
  }

  async function markDone(m: Milestone) {
    const res = await patch(m, { status: "DONE" });
    if (res.ok) saved(`Milestone “${m.title}” saved.`);
    else if (res.error.status !== 409) setError(res.error.message);
  }

  async function overwrite(m: Milestone, values: Partial<MilestoneValues>) {
    const latest = await api<PlanDetail>(`/api/plans/${planId}`);
    const current = latest.ok ? latest.data.milestones.find((x) => x.id === m.id) : undefined;
    if (!current) {
      setConflict(null);
      setEditing(null);
      setError("This milestone no longer exists; it was deleted elsewhere.");
      router.refresh();
      return;
    }
    const res = await patch(m, values, current.version);
    if (res.ok) saved(`Milestone “${values.title ?? m.title}” saved.`);
  }

  async function remove(m: Milestone) {
    reset();
    const res = await api(`${base}/${m.id}`, { method: "DELETE" });
    if (!res.ok && res.error.status !== 404) return setError(res.error.message);
    setStatus(`Milestone “${m.title}” deleted.`);
    router.refresh();
  }

  async function move(index: number, delta: -1 | 1) {
    reset();
    const order = movedOrder(milestones, index, delta);
    if (!order) return;
    const res = await api(`${base}/order`, { method: "PUT", body: { order } });
    if (!res.ok) {
      setError(
        res.error.status === 409 ? "Your milestones were changed elsewhere; the list has been reloaded. Try again." : res.error.message,
      );
      router.refresh();
      return;
    }
    setStatus(`Moved “${milestones[index]!.title}” ${delta < 0 ? "up" : "down"}.`);
    router.refresh();
  }

  const conflictFor = (m: Milestone) =>
    conflict?.id === m.id ? (
      <ConflictAlert
        what="This milestone"
        onReload={() => {
          setConflict(null);
          setEditing(null);
          router.refresh();
        }}
        onOverwrite={() => void overwrite(m, conflict.values)}
      />
    ) : undefined;

  return (
    <div className="space-y-4">
      <p role="status" className="sr-only">
        {status}
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      {milestones.length === 0 && !adding && (
        <p className="text-sm text-slate-600 dark:text-slate-400">No milestones yet. Add the first step towards your year 1 target.</p>
      )}
      <ol className="space-y-3">
        {milestones.map((m, i) => (
          <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            {editing === m.id ? (
              <Suspense fallback={formLoading}>
                <MilestoneForm
                  initial={m}
                  window={window}
                  evidenceGroups={evidenceGroups}
                  submitLabel="Save milestone"
                  request={(values) => patch(m, values)}
                  onSaved={(values) => saved(`Milestone “${values.title}” saved.`)}
                  notice={conflictFor(m)}
                  onCancel={() => {
                    reset();
                    setEditing(null);
                  }}
                />
              </Suspense>
            ) : (
              <MilestoneCard
                m={m}
                first={i === 0}
                last={i === milestones.length - 1}
                onDone={() => void markDone(m)}
                onEdit={() => {
                  reset();
                  setAdding(false);
                  setEditing(m.id);
                }}
                onMove={(delta) => void move(i, delta)}
                onDelete={() => void remove(m)}
              />
            )}
          </li>
        ))}
      </ol>
      {adding ? (
        <div className="rounded-lg border border-indigo-200 bg-white p-4 dark:border-indigo-900 dark:bg-slate-900">
          <h3 className="mb-3 font-semibold">New milestone</h3>
          <Suspense fallback={formLoading}>
            <MilestoneForm
              key={milestones.length}
              window={window}
              evidenceGroups={evidenceGroups}
              submitLabel="Add milestone"
              request={(values) => {
                reset();
                return api(base, { method: "POST", body: values });
              }}
              onSaved={(values) => saved(`Milestone “${values.title}” added.`)}
              onCancel={
                milestones.length
                  ? () => {
                      reset();
                      setAdding(false);
                    }
                  : undefined
              }
            />
          </Suspense>
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
