"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { NEGOTIATION } from "@/lib/offers/data/negotiation";

function Answer({ offerId, questionKey, text, initial }: { offerId: string; questionKey: string; text: string; initial: string }) {
  const [value, setValue] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const id = `research-${questionKey}`;

  async function save() {
    setStatus(null);
    const res = await api<{ answer: string }>(`/api/offers/${offerId}/research`, { method: "PUT", body: { key: questionKey, answer: value } });
    if (res.ok) {
      setSaved(res.data.answer);
      setValue(res.data.answer);
      setStatus({ tone: "ok", text: "Saved." });
    } else setStatus({ tone: "error", text: res.error.fields.answer ?? res.error.message });
  }

  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {text}
      </label>
      <textarea
        id={id}
        rows={2}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <div className="mt-1 flex items-center gap-3">
        <Button variant="secondary" className="!px-3 !py-1" onClick={save} disabled={value === saved}>
          Save answer
        </Button>
        <span role="status" className={`text-sm ${status?.tone === "error" ? "text-red-600 dark:text-red-400" : "text-green-700 dark:text-green-400"}`}>
          {status?.text}
        </span>
      </div>
    </div>
  );
}

export function ResearchAnswers({ offerId, initial }: { offerId: string; initial: Record<string, string> }) {
  return (
    <div className="space-y-4">
      {NEGOTIATION.researchQuestions.map((q) => (
        <Answer key={q.key} offerId={offerId} questionKey={q.key} text={q.text} initial={initial[q.key] ?? ""} />
      ))}
    </div>
  );
}
