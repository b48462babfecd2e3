"use client";

import { useRouter } from "next/navigation";
import { clsx } from "clsx";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { orNull } from "@/lib/client/form-fields";
import { FORM_LOAD_FAILED_MESSAGE } from "@/lib/client/lazy-resolver";
import { loadOnce } from "@/lib/client/load-once";
import { useMountOnSubmit } from "@/lib/client/mount-on-submit";
import { formatDate } from "@/lib/calendar/dates";
import type { NetworkKind } from "@/lib/plan/content";
import type { NetworkItem, NetworkStatus } from "@/lib/plan/types";
import type { NetworkGoalForm as NetworkGoalFormType } from "./network-goal-form";
import { BLANK_GOAL, NetworkGoalFields, type NetworkGoalValues } from "./network-goal-fields";

const STATUS: Record<NetworkStatus, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  DONE: "Done",
};

type Props = {
  items: NetworkItem[];
  /** The guide's kinds of network goal and its suggestions, from lib/plan/content on the server:
   * the career content (and its validation) stays out of the browser's start-up (decision 0025, Session 8). */
  kinds: { value: NetworkKind; label: string }[];
  suggestions: string[];
};

const loadGoalForm = loadOnce(() => import("./network-goal-form").then((m) => m.NetworkGoalForm));

/** The light form's values, read from its fields as the real form would (an empty date is null). */
function typed(form: HTMLFormElement): NetworkGoalValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return { kind: text("kind") as NetworkKind, title: text("title"), targetDate: orNull(text("targetDate")) as string | null };
}

export function NetworkPlan({ items, kinds, suggestions }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  // "Add goal" is light until sent (lib/client/mount-on-submit.ts): react-hook-form and the
  // goal's checks are not part of the plan page's start-up (decision 0025, Session 9).
  const [initial, setInitial] = useState<NetworkGoalValues>(BLANK_GOAL);
  const { Form: GoalForm, box, sending, failed, preload, submit } = useMountOnSubmit<React.ComponentProps<typeof NetworkGoalFormType>>(loadGoalForm);

  async function setStatus(item: NetworkItem, status: NetworkStatus) {
    setError(null);
    const res = await api(`/api/network/${item.id}`, {
      method: "PATCH",
      body: { version: item.version, status },
    });
    if (!res.ok) {
      setError(
        res.error.status === 409
          ? "This item was changed elsewhere; the list has been reloaded. Try again."
          : res.error.message,
      );
    }
    router.refresh();
  }

  async function remove(item: NetworkItem) {
    setError(null);
    const res = await api(`/api/network/${item.id}`, { method: "DELETE" });
    if (!res.ok && res.error.status !== 404) setError(res.error.message);
    router.refresh();
  }

  return (
    <div className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      {items.length === 0 ? (
        <div className="text-sm text-slate-600 dark:text-slate-400">
          <p>No network goals yet. The guide suggests to:</p>
          <ul className="mt-1 list-disc pl-5">
            {suggestions.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div>
                <p className={clsx("font-medium", item.status === "DONE" && "text-slate-500 line-through dark:text-slate-400")}>
                  {item.title}
                </p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {kinds.find((k) => k.value === item.kind)?.label}
                  {item.targetDate ? ` · by ${formatDate(item.targetDate)}` : ""}
                </p>
              </div>
              <div className="flex items-center gap-2">
                <label className="sr-only" htmlFor={`net-${item.id}`}>
                  Status of {item.title}
                </label>
                <select
                  id={`net-${item.id}`}
                  value={item.status}
                  onChange={(e) => void setStatus(item, e.target.value as NetworkStatus)}
                  className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
                >
                  {(Object.keys(STATUS) as NetworkStatus[]).map((s) => (
                    <option key={s} value={s}>
                      {STATUS[s]}
                    </option>
                  ))}
                </select>
                <Button variant="ghost" onClick={() => void remove(item)} aria-label={`Delete ${item.title}`}>
                  Delete
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div ref={box} className="space-y-4" onFocusCapture={preload} onPointerDownCapture={preload}>
        {GoalForm ? (
          <GoalForm kinds={kinds} initial={initial} onSend={() => setError(null)} />
        ) : (
          <NetworkGoalFields
            kinds={kinds}
            kind={{ name: "kind", defaultValue: BLANK_GOAL.kind }}
            targetDate={{ name: "targetDate" }}
            title={{ name: "title", defaultValue: BLANK_GOAL.title }}
            message={failed ? { tone: "error", text: FORM_LOAD_FAILED_MESSAGE } : null}
            busy={sending}
            onSubmit={(e) => {
              setInitial(typed(e.currentTarget));
              submit(e);
            }}
          />
        )}
      </div>
    </div>
  );
}
