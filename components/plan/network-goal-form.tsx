"use client";
// The network plan's "Add goal" form: react-hook-form with the shared schema, sent to the API.
// Mounted by the plan page's light form (network-plan.tsx) on its first submit, with what was typed.
import { useRouter } from "next/navigation";
import { api } from "@/lib/client/api";
import { orNull } from "@/lib/client/form-fields";
import { useApiForm } from "@/lib/client/use-api-form";
import type { NetworkKind } from "@/lib/plan/content";
import { BLANK_GOAL, NetworkGoalFields, type NetworkGoalValues } from "./network-goal-fields";

type Props = {
  kinds: { value: NetworkKind; label: string }[];
  /** What was typed in the light form. */
  initial: NetworkGoalValues;
  /** Called as the goal is sent (the list clears its own error then). */
  onSend: () => void;
};

export function NetworkGoalForm({ kinds, initial, onSend }: Props) {
  const router = useRouter();
  const blank = BLANK_GOAL;
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/plan/schema").then((m) => m.networkCreateSchema),
    defaultValues: initial,
    request: (values) => {
      onSend();
      return api("/api/network", { method: "POST", body: values });
    },
    onSuccess: () => {
      form.reset(blank);
      router.refresh();
    },
  });
  return (
    <NetworkGoalFields
      kinds={kinds}
      kind={field("kind")}
      targetDate={field("targetDate", { setValueAs: orNull })}
      title={field("title")}
      message={message}
      busy={busy}
      onSubmit={onSubmit}
      formRef={formRef}
    />
  );
}
