"use client";
// The compare page's criteria-and-weights form with react-hook-form (useApiForm): loaded and
// mounted by weights-island.tsx when the light form is first sent, with the criteria typed so far.
import { useFieldArray } from "react-hook-form";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { type CriteriaFormValues, criteriaFormValues, weightTotal } from "@/lib/offers/criteria-values";
import type { MatrixView } from "@/lib/offers/matrix-store";
import { CriteriaFields } from "./criteria-fields";

export type WeightsFormProps = {
  /** The values to start from: the light form's rows when it was sent. */
  draft: CriteriaFormValues;
  /** Reloads the comparison after a save; the form then shows the saved criteria. */
  reload: () => Promise<MatrixView | null>;
};

export function WeightsForm({ draft, reload }: WeightsFormProps) {
  const weights = useApiForm({
    schema: () => import("@/lib/offers/criteria-form").then((m) => m.criteriaFormSchema),
    defaultValues: draft,
    request: (body) => api("/api/offers/criteria", { method: "PUT", body }),
    onSuccess: async () => {
      const fresh = await reload();
      if (fresh) weights.form.reset(criteriaFormValues(fresh));
      return "Weights saved. The ranking below is updated.";
    },
  });
  const { formRef } = weights;
  const rows = useFieldArray({ control: weights.form.control, name: "criteria" });
  const typed = weights.form.watch("criteria") as CriteriaFormValues["criteria"];
  const { errors } = weights.form.formState;
  // The list's own message (the weights' total, or a criterion the server no longer has).
  const listError = errors.criteria?.root?.message ?? errors.criteria?.message;
  const rowErrors = Array.isArray(errors.criteria) && errors.criteria.some(Boolean);
  const message =
    weights.message?.tone === "error" && listError && !rowErrors ? { tone: "error" as const, text: listError } : weights.message;

  return (
    <CriteriaFields
      rows={rows.fields.map((f, i) => ({ key: f.id, name: typed[i]?.name ?? "" }))}
      control={(i, field) => weights.form.register(`criteria.${i}.${field}`)}
      errors={(i) => ({ name: errors.criteria?.[i]?.name?.message, weight: errors.criteria?.[i]?.weight?.message })}
      total={weightTotal(typed)}
      message={message}
      listError={listError}
      busy={weights.busy}
      onAdd={() => rows.append({ name: "", weight: "0" })}
      onRemove={(i) => rows.remove(i)}
      onSubmit={(e) => void weights.onSubmit(e)}
      formRef={formRef}
    />
  );
}
