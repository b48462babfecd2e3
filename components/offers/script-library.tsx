"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { NEGOTIATION } from "@/lib/offers/data/negotiation";

function Script({ id, title, companySays, script }: { id: string; title: string; companySays?: string; script: string }) {
  const [text, setText] = useState(script);
  const [copied, setCopied] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("Copied to the clipboard.");
    } catch {
      setCopied("Copying is blocked here: select the text and copy it.");
    }
  }

  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h3 className="font-semibold">{title}</h3>
      {companySays && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          When they say: <q>{companySays}</q>
        </p>
      )}
      <label htmlFor={`script-${id}`} className="mt-3 mb-1 block text-sm font-medium">
        Your words (edit the [brackets])
      </label>
      <textarea
        id={`script-${id}`}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-950"
      />
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <Button variant="secondary" className="!px-3 !py-1" onClick={copy}>
          Copy {title.toLowerCase()}
        </Button>
        <Button variant="ghost" className="!px-3 !py-1" onClick={() => setText(script)} disabled={text === script}>
          Reset
        </Button>
        <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {copied}
        </span>
      </div>
    </article>
  );
}

export function ScriptLibrary() {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {NEGOTIATION.scripts.map((s) => (
        <Script key={s.key} id={s.key} title={s.title} companySays={s.companySays} script={s.script} />
      ))}
    </div>
  );
}
