"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { careerContent } from "@/lib/plan/content";

export function LearningForm({ today }: { today: string }) {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const hoursText = String(f.get("hours") ?? "").trim();
    const body = {
      date: String(f.get("date") ?? ""),
      category: String(f.get("category") ?? ""),
      hours: hoursText === "" ? null : Number(hoursText),
      note: String(f.get("note") ?? ""),
    };
    setBusy(true);
    setFields({});
    setMessage(null);
    const res = await api("/api/learning", { method: "POST", body });
    setBusy(false);
    if (!res.ok) {
      setFields(res.error.fields);
      setMessage({ tone: "error", text: res.error.message });
      return;
    }
    setMessage({ tone: "success", text: `Logged ${body.hours} h.` });
    setFormKey((k) => k + 1);
    router.refresh();
  }

  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="space-y-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField
          label="Date"
          name="date"
          type="date"
          max={today}
          defaultValue={today}
          error={fields.date}
        />
        <SelectField label="Category" name="category" defaultValue="TECHNICAL" error={fields.category}>
          {careerContent.learningStrategy.map((l) => (
            <option key={l.category} value={l.category}>
              {l.name.en} ({l.monthlyHours} h a month)
            </option>
          ))}
        </SelectField>
        <TextField
          label="Hours"
          name="hours"
          type="number"
          inputMode="decimal"
          min={0.25}
          max={24}
          step={0.25}
          error={fields.hours}
          hint="Quarter hours, e.g. 1.5."
        />
        <TextField
          label="What you did (optional)"
          name="note"
          error={fields.note}
          placeholder="e.g. Read the LoRA paper"
        />
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? "Logging…" : "Log hours"}
      </Button>
    </form>
  );
}
