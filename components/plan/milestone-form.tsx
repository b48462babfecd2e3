"use client";

import { type FormEvent, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { careerContent } from "@/lib/plan/content";
import { MILESTONE_STATUSES, STATUS_LABELS, type MilestoneStatus } from "@/lib/plan/horizons";
import type { EvidenceGroup } from "@/lib/plan/evidence-options";
import type { EvidenceLink, Milestone } from "@/lib/plan/types";

export type MilestoneValues = {
  title: string;
  description: string;
  targetDate: string;
  status: MilestoneStatus;
  progress: number;
  skills: string[];
  evidence: EvidenceLink[];
};

type Props = {
  initial?: Milestone;
  window: { start: string; end: string };
  /** Ready-made links to the user's own mocks, offers and summary pages. */
  evidenceGroups: EvidenceGroup[];
  submitLabel: string;
  fields: Record<string, string>;
  error: string | null;
  busy: boolean;
  onSubmit: (values: MilestoneValues) => void;
  onCancel?: () => void;
};

export function MilestoneForm({
  initial,
  window,
  evidenceGroups,
  submitLabel,
  fields,
  error,
  busy,
  onSubmit,
  onCancel,
}: Props) {
  const listId = useId();
  const [status, setStatus] = useState<MilestoneStatus>(initial?.status ?? "NOT_STARTED");
  const [evidence, setEvidence] = useState<EvidenceLink[]>(initial?.evidence ?? []);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const str = (k: string) => String(f.get(k) ?? "").trim();
    const progressText = str("progress");
    onSubmit({
      title: str("title"),
      description: str("description"),
      targetDate: str("targetDate"),
      status,
      progress: progressText === "" ? 0 : Number(progressText),
      skills: str("skills")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      evidence: evidence.filter((l) => l.label.trim() || l.url.trim()),
    });
  }

  const fieldError = (prefix: string) =>
    Object.entries(fields).find(([k]) => k === prefix || k.startsWith(`${prefix}.`))?.[1];

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Milestone title"
          name="title"
          defaultValue={initial?.title}
          required
          error={fields.title}
        />
        <TextField
          label="Target date"
          name="targetDate"
          type="date"
          min={window.start}
          max={window.end}
          defaultValue={initial?.targetDate}
          required
          error={fields.targetDate}
          hint={`Between ${window.start} and ${window.end}.`}
        />
        <SelectField
          label="Status"
          name="status"
          value={status}
          onChange={(e) => setStatus(e.target.value as MilestoneStatus)}
          error={fields.status}
        >
          {MILESTONE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Progress (%)"
          name="progress"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          defaultValue={initial?.progress ?? 0}
          error={fields.progress}
          hint={status === "DONE" ? "Done milestones count as 100 %." : "0 to 100."}
        />
      </div>
      <TextAreaField
        label="Description"
        name="description"
        rows={3}
        defaultValue={initial?.description}
        error={fields.description}
      />
      <TextField
        label="Linked skills or domains"
        name="skills"
        list={listId}
        defaultValue={initial?.skills.join(", ")}
        error={fieldError("skills")}
        hint="Separate with commas, e.g. System design capabilities, MLOps."
      />
      <datalist id={listId}>
        {careerContent.skillSuggestions.map((s) => (
          <option key={s.en} value={s.en} />
        ))}
      </datalist>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Evidence links (optional)</legend>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          A mock interview report, an offer, a paper or a repository: a PrepLoop path (/…) or an https://
          address.
        </p>
        {evidence.map((link, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
            <TextField
              label={`Evidence ${i + 1} label`}
              value={link.label}
              onChange={(e) =>
                setEvidence((ev) => ev.map((l, j) => (j === i ? { ...l, label: e.target.value } : l)))
              }
              error={fields[`evidence.${i}.label`]}
            />
            <TextField
              label={`Evidence ${i + 1} link`}
              value={link.url}
              onChange={(e) =>
                setEvidence((ev) => ev.map((l, j) => (j === i ? { ...l, url: e.target.value } : l)))
              }
              error={fields[`evidence.${i}.url`]}
            />
            <Button variant="ghost" onClick={() => setEvidence((ev) => ev.filter((_, j) => j !== i))}>
              Remove evidence {i + 1}
            </Button>
          </div>
        ))}
        {evidence.length < 5 && (
          <div className="flex flex-wrap items-end gap-3">
            <Button variant="secondary" onClick={() => setEvidence((ev) => [...ev, { label: "", url: "" }])}>
              Add an evidence link
            </Button>
            {evidenceGroups.length > 0 && (
              <div className="min-w-64">
                <SelectField
                  label="Or add from PrepLoop"
                  value=""
                  onChange={(e) => {
                    const picked = evidenceGroups
                      .flatMap((g) => g.options)
                      .find((o) => o.url === e.target.value);
                    if (picked && !evidence.some((l) => l.url === picked.url))
                      setEvidence((ev) => [...ev, picked]);
                  }}
                >
                  <option value="">Choose a report, offer or page…</option>
                  {evidenceGroups.map((g) => (
                    <optgroup key={g.label} label={g.label}>
                      {g.options.map((o) => (
                        <option key={o.url} value={o.url} disabled={evidence.some((l) => l.url === o.url)}>
                          {o.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </SelectField>
              </div>
            )}
          </div>
        )}
        {fields.evidence && <p className="text-sm text-red-600 dark:text-red-400">{fields.evidence}</p>}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
