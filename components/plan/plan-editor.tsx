"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Plan } from "@/lib/plan/types";
import { PlanForm } from "./plan-form";

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
      <PlanForm key={plan.version} plan={plan} today={today} onDone={() => setOpen(false)} />
    </div>
  );
}
