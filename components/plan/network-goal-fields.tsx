"use client";
// The network plan's "Add goal" fields as drawn, without their state: the light form on the plan
// page (network-plan.tsx) and the real one (network-goal-form.tsx) draw the same form with it.
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { NetworkKind } from "@/lib/plan/content";

/** What the form sends: the kind, an optional date (null when not set) and the goal. */
export type NetworkGoalValues = { kind: NetworkKind; title: string; targetDate: string | null };

export const BLANK_GOAL: NetworkGoalValues = { kind: "CONNECTION", title: "", targetDate: null };

type Control = { name: string; error?: string } & Record<string, unknown>;

type Props = {
  kinds: { value: NetworkKind; label: string }[];
  /** Each field's props: register() and its error, or a name and a default value. */
  kind: Control;
  targetDate: Control;
  title: Control;
  message: { tone: "error" | "success"; text: string } | null;
  busy: boolean;
  onSubmit: (e: React.FormEvent<HTMLFormElement>) => void;
  /** The interactive form's ref (useApiForm's formRef: its checks load on the form's first use). */
  formRef?: React.Ref<HTMLFormElement>;
};

export function NetworkGoalFields({ kinds, kind, targetDate, title, message, busy, onSubmit, formRef }: Props) {
  return (
    <>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2 sm:items-end">
        <SelectField label="Kind" options={kinds} {...kind} />
        <TextField label="By (optional)" type="date" {...targetDate} />
        <TextField label="Network goal" className="sm:col-span-2" placeholder="e.g. Speak at a local ML meetup" {...title} />
        <Button type="submit" disabled={busy} className="sm:w-fit">
          Add goal
        </Button>
      </form>
    </>
  );
}
