"use client";
// The compare page's criteria-and-weights form, light until it is sent: react-hook-form's
// code and its work on every weight field were most of the page's own start-up on a phone
// (decision 0025, Session 10). Until the first submit this is the same form (criteria-fields.tsx)
// over plain state, so names, weights, added and removed rows are kept; the submit mounts
// WeightsForm with them and sends it (lib/client/mount-on-submit.ts), which then stays.
import { useRef, useState } from "react";
import { FORM_LOAD_FAILED_MESSAGE } from "@/lib/client/lazy-resolver";
import { loadOnce } from "@/lib/client/load-once";
import { useMountOnSubmit } from "@/lib/client/mount-on-submit";
import { type CriteriaFormValues, weightTotal } from "@/lib/offers/criteria-values";
import { CriteriaFields } from "./criteria-fields";
import type { WeightsFormProps } from "./weights-form";

const loadWeightsForm = loadOnce(() => import("./weights-form").then((m) => m.WeightsForm));

type Row = CriteriaFormValues["criteria"][number] & { key: string };

export function WeightsIsland({ initial, reload }: { initial: CriteriaFormValues; reload: WeightsFormProps["reload"] }) {
  // The saved rows' keys are their places (the same on the server and in the browser); added ones count on.
  const added = useRef(0);
  const [rows, setRows] = useState<Row[]>(() => initial.criteria.map((c, i) => ({ ...c, key: `c${i}` })));
  const { Form, box, sending, failed, preload, submit } = useMountOnSubmit<WeightsFormProps>(loadWeightsForm);

  if (Form) {
    const draft = { version: initial.version, criteria: rows.map(({ key: _, ...c }) => c) };
    return (
      <div ref={box}>
        <Form draft={draft} reload={reload} />
      </div>
    );
  }
  const edit = (i: number, field: "name" | "weight", value: string) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  return (
    <div ref={box} onFocusCapture={preload} onPointerDownCapture={preload}>
      <CriteriaFields
        rows={rows}
        control={(i, field) => ({
          name: `criteria.${i}.${field}`,
          value: rows[i]![field],
          onChange: (e: React.ChangeEvent<HTMLInputElement>) => edit(i, field, e.target.value),
        })}
        errors={() => ({})}
        total={weightTotal(rows)}
        message={failed ? { tone: "error", text: FORM_LOAD_FAILED_MESSAGE } : null}
        busy={sending}
        onAdd={() => setRows((rs) => [...rs, { name: "", weight: "0", key: `n${added.current++}` }])}
        onRemove={(i) => setRows((rs) => rs.filter((_, j) => j !== i))}
        onSubmit={submit}
      />
    </div>
  );
}
