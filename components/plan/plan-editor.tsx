"use client";

import { Suspense, lazy, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Plan } from "@/lib/plan/types";

// Closed by default: the form (its schema, zod and react-hook-form) loads when it is opened, not
// while the page starts (decision 0025, Session 8).
const PlanForm = lazy(() => import("./plan-form").then((m) => ({ default: m.PlanForm })));
const formLoading = <p className="text-sm text-slate-600 dark:text-slate-400">Loading the form…</p>;

/**
 * The form that starts a plan (the page without a plan), drawn by the server; its code is its
 * own chunk, so the page with a plan does not load react-hook-form for it (decision 0025, Session 9).
 */
export function NewPlanForm({ today }: { today: string }) {
  return (
    <Suspense fallback={formLoading}>
      <PlanForm today={today} />
    </Suspense>
  );
}

export function PlanEditor({ plan, today }: { plan: Plan; today: string }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Edit track and targets
      </Button>
    );
  }
  return (
    <div className="mt-4 w-full rounded-lg border border-indigo-200 bg-white p-4 dark:border-indigo-900 dark:bg-slate-900">
      <Suspense fallback={formLoading}>
        <PlanForm key={plan.version} plan={plan} today={today} onDone={() => setOpen(false)} />
      </Suspense>
    </div>
  );
}
