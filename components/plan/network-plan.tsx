"use client";

import { useRouter } from "next/navigation";
import { clsx } from "clsx";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { orNull } from "@/lib/client/form-fields";
import { useApiForm } from "@/lib/client/use-api-form";
import { formatDate } from "@/lib/calendar/dates";
import type { NetworkKind } from "@/lib/plan/content";
import type { NetworkItem, NetworkStatus } from "@/lib/plan/types";

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

export function NetworkPlan({ items, kinds, suggestions }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const blank = { kind: "CONNECTION" as const, title: "", targetDate: null };
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/plan/schema").then((m) => m.networkCreateSchema),
    defaultValues: blank,
    request: (values) => {
      setError(null);
      return api("/api/network", { method: "POST", body: values });
    },
    onSuccess: () => {
      form.reset(blank);
      router.refresh();
    },
  });

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
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
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
      <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2 sm:items-end">
        <SelectField label="Kind" options={kinds} {...field("kind")} />
        <TextField label="By (optional)" type="date" {...field("targetDate", { setValueAs: orNull })} />
        <TextField label="Network goal" className="sm:col-span-2" placeholder="e.g. Speak at a local ML meetup" {...field("title")} />
        <Button type="submit" disabled={busy} className="sm:w-fit">
          Add goal
        </Button>
      </form>
    </div>
  );
}
