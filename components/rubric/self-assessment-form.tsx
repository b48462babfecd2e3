"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField, inputClass } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { DOMAINS } from "@/lib/rubric/data";
import { bandFor, levelDescriptor, mean } from "@/lib/rubric/scores";

const KEYS = {
  "ml-fundamentals": "mlFundamentals",
  "deep-learning": "deepLearning",
  "system-design": "systemDesign",
  "communication-leadership": "communicationLeadership",
} as const;

/** The assessment being corrected (edit mode: PUT with the version it was read at). */
export type EditedAssessment = {
  id: string;
  version: number;
  assessedOn: string;
  scores: Record<(typeof KEYS)[keyof typeof KEYS], number>;
  note: string;
};

export function SelfAssessmentForm({
  today,
  editing,
  onDone,
  onCancel,
}: {
  today: string;
  editing?: EditedAssessment;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const router = useRouter();
  const prefix = editing ? "edit-" : "";
  const [scores, setScores] = useState<Record<string, number>>(
    editing
      ? { ...editing.scores }
      : {
          mlFundamentals: 5,
          deepLearning: 5,
          systemDesign: 5,
          communicationLeadership: 5,
        },
  );
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const overall = mean(Object.values(scores))!;
  const band = bandFor(overall);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    setFields({});
    setMessage(null);
    const body = { assessedOn: String(f.get("assessedOn")), scores, note: String(f.get("note") ?? "") };
    const res = editing
      ? await api(`/api/self-assessments/${editing.id}`, { method: "PUT", body: { ...body, version: editing.version } })
      : await api("/api/self-assessments", { body });
    setBusy(false);
    if (!res.ok) {
      setFields(res.error.fields);
      setMessage({ tone: "error", text: res.error.message });
      return;
    }
    router.refresh();
    if (onDone) onDone();
    else setMessage({ tone: "success", text: "Assessment saved." });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {DOMAINS.map((d) => {
        const key = KEYS[d.value];
        const id = `${prefix}${key}`;
        const value = scores[key]!;
        return (
          <div key={d.value}>
            <div className="flex items-baseline justify-between gap-4">
              <label htmlFor={id} className="font-medium">
                {d.label}
              </label>
              <output htmlFor={id} className="text-lg font-semibold tabular-nums">
                {value}
              </output>
            </div>
            <input
              id={id}
              type="range"
              min={0}
              max={10}
              step={1}
              value={value}
              onChange={(e) => setScores((s) => ({ ...s, [key]: Number(e.target.value) }))}
              aria-describedby={`${id}-level`}
              className="mt-2 w-full accent-indigo-600"
            />
            <p id={`${id}-level`} className="mt-1 text-sm text-slate-600 dark:text-slate-300">
              {levelDescriptor(d.value, value)}
            </p>
            {fields[`scores.${key}`] && <p className="text-sm text-red-600">{fields[`scores.${key}`]}</p>}
          </div>
        );
      })}
      <p className="rounded-md bg-slate-100 px-4 py-3 text-sm dark:bg-slate-800" aria-live="polite">
        Overall <strong>{overall.toFixed(2)}</strong> / 10: <strong>{band.label}</strong> ({band.meaning.toLowerCase()}).
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Date"
          name="assessedOn"
          type="date"
          defaultValue={editing?.assessedOn ?? today}
          max={today}
          error={fields.assessedOn}
        />
      </div>
      <div>
        <label htmlFor={`${prefix}note`} className="mb-1 block text-sm font-medium">
          Note (optional)
        </label>
        <textarea
          id={`${prefix}note`}
          name="note"
          rows={3}
          maxLength={2000}
          defaultValue={editing?.note}
          className={inputClass}
          placeholder="What changed since last time?"
        />
        {fields.note && <p className="mt-1 text-sm text-red-600">{fields.note}</p>}
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : editing ? "Save changes" : "Save assessment"}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
